/** The part of multer's uploaded file (memory storage) that an import reads. */
export interface UploadedCsv {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** The largest CSV an import accepts; larger uploads are refused with 413 before they are kept. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;
