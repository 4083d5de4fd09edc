/** Swarm services and stacks, and "Copy as Kubernetes YAML". */
export { ServicesView } from './ServicesView.js';
export { copyAsKubeYaml } from './kube-commands.js';
