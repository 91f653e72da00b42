import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { LINK_TOKEN_LENGTH } from '../../common/link-token.js';

export class ConfirmEmailDto {
  @ApiProperty({ description: 'The token from the link e-mailed to the new address' })
  @IsString({ message: 'token must be the token of the e-mailed link' })
  @Length(LINK_TOKEN_LENGTH, LINK_TOKEN_LENGTH, { message: 'token is not a valid link token' })
  token: string;
}
