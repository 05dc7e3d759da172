// Result codes' public face: encode, decode, find in a blob, verify by replay, draw as QR.
export { type FoundCode, findNamedCodes, findResultCodes, nameBefore, namedCode } from './find';
export { qrSvg } from './qr';
export {
  CODE_PREFIX,
  type CodeProblem,
  type Decoded,
  decodeResultCode,
  encodeResultCode,
  type Verified,
  verifyDecoded,
  verifyResultCode,
} from './result-code';
