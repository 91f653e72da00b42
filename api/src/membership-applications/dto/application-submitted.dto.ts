import { ApiProperty } from '@nestjs/swagger';

/** All the public learns back from the form: that it arrived. */
export class ApplicationSubmittedDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['pending'] })
  status: 'pending';
}
