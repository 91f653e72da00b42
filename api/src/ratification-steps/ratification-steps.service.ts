import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not } from 'typeorm';
import { DomainException, notFound, unknownRecord } from '../common/domain.exception.js';
import { CountriesService } from '../countries/countries.service.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { CreateRatificationStepDto } from './dto/create-ratification-step.dto.js';
import { RatificationStepResponseDto, toRatificationStepResponse } from './dto/ratification-step-response.dto.js';
import { UpdateRatificationStepDto } from './dto/update-ratification-step.dto.js';
import { stageOutOfOrder, type DatedStage } from './ratification-step.contract.js';
import { RatificationStep } from './ratification-step.entity.js';
import { RATIFICATION_STEP_LIST } from './ratification-steps.list-spec.js';

@Injectable()
export class RatificationStepsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly countries: CountriesService,
  ) {}

  async list(query: ListQuery): Promise<Paginated<RatificationStepResponseDto>> {
    const builder = this.dataSource.getRepository(RatificationStep).createQueryBuilder('s');
    const { items, total } = await runListQuery(builder, RATIFICATION_STEP_LIST, query);
    return new Paginated(RATIFICATION_STEP_LIST.resource, items.map(toRatificationStepResponse), query.range[0], total);
  }

  async get(id: string): Promise<RatificationStepResponseDto> {
    return toRatificationStepResponse(await this.load(this.dataSource.manager, id));
  }

  async create(dto: CreateRatificationStepDto): Promise<RatificationStepResponseDto> {
    const step = await this.dataSource.transaction(async (manager) => {
      const created = manager.create(RatificationStep, {
        countryId: dto.countryId.toLowerCase(),
        stage: dto.stage,
        date: dto.date ?? null,
        status: dto.status ?? 'expected',
        note: dto.note ?? null,
        source: dto.source?.trim() || null,
      });
      await this.assertInOrder(manager, created);
      return manager.save(created);
    });
    return toRatificationStepResponse(step);
  }

  async update(id: string, dto: UpdateRatificationStepDto): Promise<RatificationStepResponseDto> {
    const step = await this.dataSource.transaction(async (manager) => {
      const current = await this.load(manager, id, true);
      if (dto.stage !== undefined) current.stage = dto.stage;
      if (dto.date !== undefined) current.date = dto.date;
      if (dto.status !== undefined) current.status = dto.status;
      if (dto.note !== undefined) current.note = dto.note;
      if (dto.source !== undefined) current.source = dto.source?.trim() || null;
      await this.assertInOrder(manager, current);
      return manager.save(current);
    });
    return toRatificationStepResponse(step);
  }

  async remove(id: string): Promise<RatificationStepResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const step = await this.load(manager, id, true);
      const response = toRatificationStepResponse(step);
      await manager.remove(step);
      return response;
    });
  }

  /**
   * A dated step must agree with the country's other dated steps and with its
   * treaty dates (the signature date counts as a signature step, the
   * ratification or accession date as the deposit of the instrument).
   */
  private async assertInOrder(manager: EntityManager, step: RatificationStep): Promise<void> {
    const treaty = await this.countries.treatyDates(manager, step.countryId).catch((error: unknown) => {
      if (error instanceof DomainException && error.kind === 'not_found') throw unknownRecord('countryId', 'countries');
      throw error;
    });
    if (step.date === null) return;
    // Serializes writers of one country's steps, so two requests cannot each pass the check against the other's absence.
    await manager.query(`SELECT id FROM countries WHERE id = $1 FOR UPDATE`, [step.countryId]);
    const others = await manager.find(RatificationStep, { where: { countryId: step.countryId, ...(step.id ? { id: Not(step.id) } : {}) } });
    const dated: DatedStage[] = others.flatMap((other) => (other.date === null ? [] : [{ stage: other.stage, date: other.date }]));
    if (treaty.opSignedAt) dated.push({ stage: 'signature', date: treaty.opSignedAt });
    if (treaty.opRatifiedAt) dated.push({ stage: 'instrument_deposited', date: treaty.opRatifiedAt });
    const conflict = stageOutOfOrder({ stage: step.stage, date: step.date }, dated);
    if (conflict) {
      throw new DomainException(
        'step_date_conflict',
        { field: 'date', date: step.date, stage: step.stage, otherStage: conflict.stage, otherDate: conflict.date },
        `date ${step.date} of the ${step.stage} step contradicts the ${conflict.stage} dated ${conflict.date}`,
        'date',
      );
    }
  }

  private async load(manager: EntityManager, id: string, forUpdate = false): Promise<RatificationStep> {
    const step = await manager.findOne(RatificationStep, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!step) throw notFound('ratification-steps', 'ratification step');
    return step;
  }
}
