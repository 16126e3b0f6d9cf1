import { anchorOf, type LogAnchor, type LogHead } from '@wmebv/core';

export { logHeadSigningInput, verifyLogHead, type LogHead } from '@wmebv/core';

/** The anchor a head stands for. */
export const headAnchor = (head: LogHead): LogAnchor => anchorOf(head);
