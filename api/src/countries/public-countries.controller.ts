import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators.js';
import { RateLimitGuard } from '../auth/rate-limit.guard.js';
import { CountriesService } from './countries.service.js';
import { PublicCountryDto } from './dto/public-country.dto.js';

@ApiTags('public')
@Controller('public/countries')
export class PublicCountriesController {
  constructor(private readonly countries: CountriesService) {}

  @Get()
  @Public()
  @UseGuards(RateLimitGuard)
  @ApiOkResponse({ type: [PublicCountryDto], description: 'The ratification map: every country with its OP-ICESCR status' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address' })
  list(): Promise<PublicCountryDto[]> {
    return this.countries.publicList();
  }
}
