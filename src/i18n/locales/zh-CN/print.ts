/** Shared print preview. */
export const printZh = {
  'print.print': '打印 / 存为 PDF',
  'print.hint': '下面是打印出来的样子。点“打印”后，在系统对话框里可以选择打印机，或选“存为 PDF”保存到手机。',
} as const;
