import type { Schema } from '../api/schema';

export type ReportOverview = Schema<'ReportOverviewDto'>;
export type CountryReport = Schema<'CountryReportDto'>;
export type ReportCountryFigures = Schema<'CountryFiguresDto'>;
