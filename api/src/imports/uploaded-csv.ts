/** The part of multer's uploaded file (memory storage) that an import reads. */
export interface UploadedCsv {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}
