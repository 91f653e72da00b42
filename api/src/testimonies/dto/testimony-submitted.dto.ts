import { ApiProperty } from '@nestjs/swagger';

/** All the public learns back from the form: that it arrived. */
export class TestimonySubmittedDto {
  @ApiProperty({ enum: ['received'] })
  status: 'received';
}
