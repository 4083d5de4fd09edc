import { catalogue } from '../i18n/index.js';

/** What the renderer's side of the link says about calls it could not finish. */
export const ipcMessages = catalogue('ipc', {
  en: {
    backendLostUnknown: 'The connection to the Berth backend was lost; the result is unknown.',
    backendLost: 'The connection to the Berth backend was lost.',
    backendSilent: 'The Berth backend is not answering. If it was restarted, open the address it printed.',
    clientClosed: 'The client was closed.',
    somethingWrong: 'Something went wrong.',
    fileTooLarge: 'The file is larger than {{max}} bytes.',
    uploadCancelled: 'The upload was cancelled.',
    uploadFailed: 'The upload failed.',
    uploadFailedStatus: 'The upload failed (HTTP {{status}}).',
  },
  'zh-CN': {
    backendLostUnknown: '与 Berth 后端的连接已断开；结果未知。',
    backendLost: '与 Berth 后端的连接已断开。',
    backendSilent: 'Berth 后端没有响应。如果它已重启，请打开它打印的地址。',
    clientClosed: '客户端已关闭。',
    somethingWrong: '出错了。',
    fileTooLarge: '文件超过 {{max}} 字节。',
    uploadCancelled: '上传已取消。',
    uploadFailed: '上传失败。',
    uploadFailedStatus: '上传失败（HTTP {{status}}）。',
  },
});
