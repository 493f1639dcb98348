/** Data validation, conditional format rules and protections. */
import { gridOf, internalArg, normaliseColour, signatureError, wrap, type Ctx } from './context';
import { makeRange, makeRule, makeValidation, makeValidationBuilder, makeRuleBuilder } from './factories';
import {
  copyGrid,
  copyRule,
  copyValidation,
  exception,
  type GridRange,
  type ProtectionData,
  type RuleData,
  type RuleFormat,
  type ValidationData,
} from './state';
import { StoredDate } from './values';

type DV = GoogleAppsScript.Spreadsheet.DataValidation;
type DVB = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type CFR = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type CFRB = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GasDate = GoogleAppsScript.Base.Date;

function names<K extends string>(...keys: K[]): Readonly<Record<K, K>> {
  return Object.freeze(Object.fromEntries(keys.map((k) => [k, k])) as Record<K, K>);
}

export const DataValidationCriteria = names(
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
);
export const BooleanCriteria = names(
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
);
export const ProtectionType = names('RANGE', 'SHEET');
export const WrapStrategy = names('WRAP', 'OVERFLOW', 'CLIP');

/** Criteria values as the code sees them: realm Dates and fresh Range objects. */
function outArg(ctx: Ctx, v: unknown): unknown {
  if (v instanceof StoredDate) return new ctx.realm.Date(v.ms);
  if (Array.isArray(v)) return v.map((x) => outArg(ctx, x));
  if (v && typeof v === 'object' && 'sheet' in v && 'numRows' in v) return makeRange(ctx, copyGrid(v as GridRange));
  return v;
}

// ================================================================ data validation

type DVMethods = 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText';

export class DataValidationImpl implements Pick<DV, DVMethods> {
  readonly #ctx: Ctx;
  readonly #d: ValidationData;
  private constructor(ctx: Ctx, d: ValidationData) {
    this.#ctx = ctx;
    this.#d = d;
  }
  static create(ctx: Ctx, d: ValidationData): DV {
    const data = copyValidation(d);
    return wrap(new DataValidationImpl(ctx, data), ctx, 'DataValidation', { kind: 'validation', data }) as unknown as DV;
  }
  copy(): DVB {
    return makeValidationBuilder(this.#ctx, copyValidation(this.#d));
  }
  getAllowInvalid(): boolean {
    return this.#d.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.#d.type as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this.#d.values.map((v) => outArg(this.#ctx, v));
  }
  getHelpText(): string {
    return this.#d.helpText as string;
  }
}

type DVBMethods =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireDateAfter'
  | 'requireDateBefore'
  | 'requireDateBetween'
  | 'requireDateEqualTo'
  | 'requireDateOnOrAfter'
  | 'requireDateOnOrBefore'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberEqualTo'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireTextContains'
  | 'requireTextEqualTo'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

interface DraftValidation {
  type?: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class DataValidationBuilderImpl implements Pick<DVB, DVBMethods> {
  readonly #ctx: Ctx;
  readonly #d: DraftValidation;
  readonly #self: DVB;
  private constructor(ctx: Ctx, d: DraftValidation) {
    this.#ctx = ctx;
    this.#d = d;
    this.#self = wrap(this, ctx, 'DataValidationBuilder') as unknown as DVB;
  }
  static create(ctx: Ctx, d?: ValidationData): DVB {
    return new DataValidationBuilderImpl(ctx, d ? { ...copyValidation(d), values: [...d.values] } : { values: [], allowInvalid: true, helpText: null }).#self;
  }
  #criteria(type: string, values: unknown[]): DVB {
    this.#d.type = type;
    this.#d.values = values.map(internalArg);
    return this.#self;
  }
  #date(method: string, ...dates: unknown[]): unknown[] {
    for (const d of dates) if (!(internalArg(d) instanceof StoredDate)) throw signatureError('DataValidationBuilder', method, dates);
    return dates;
  }
  #num(method: string, ...ns: unknown[]): unknown[] {
    for (const n of ns) if (typeof n !== 'number') throw signatureError('DataValidationBuilder', method, ns);
    return ns;
  }

  build(): DV {
    if (!this.#d.type) throw exception('Emulator: a data validation rule needs criteria before build().');
    return makeValidation(this.#ctx, { type: this.#d.type, values: this.#d.values, allowInvalid: this.#d.allowInvalid, helpText: this.#d.helpText });
  }
  copy(): DVB {
    return new DataValidationBuilderImpl(this.#ctx, { ...this.#d, values: [...this.#d.values] }).#self;
  }
  getAllowInvalid(): boolean {
    return this.#d.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return (this.#d.type ?? null) as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this.#d.values.map((v) => outArg(this.#ctx, v));
  }
  getHelpText(): string | null {
    return this.#d.helpText;
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DVB {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.#criteria('CHECKBOX', values);
  }
  requireDate(): DVB {
    return this.#criteria('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: GasDate): DVB {
    return this.#criteria('DATE_AFTER', this.#date('requireDateAfter', date));
  }
  requireDateBefore(date: GasDate): DVB {
    return this.#criteria('DATE_BEFORE', this.#date('requireDateBefore', date));
  }
  requireDateBetween(start: GasDate, end: GasDate): DVB {
    return this.#criteria('DATE_BETWEEN', this.#date('requireDateBetween', start, end));
  }
  requireDateEqualTo(date: GasDate): DVB {
    return this.#criteria('DATE_EQUAL_TO', this.#date('requireDateEqualTo', date));
  }
  requireDateOnOrAfter(date: GasDate): DVB {
    return this.#criteria('DATE_ON_OR_AFTER', this.#date('requireDateOnOrAfter', date));
  }
  requireDateOnOrBefore(date: GasDate): DVB {
    return this.#criteria('DATE_ON_OR_BEFORE', this.#date('requireDateOnOrBefore', date));
  }
  requireFormulaSatisfied(formula: string): DVB {
    if (typeof formula !== 'string') throw signatureError('DataValidationBuilder', 'requireFormulaSatisfied', [formula]);
    return this.#criteria('CUSTOM_FORMULA', [formula]);
  }
  requireNumberBetween(start: number, end: number): DVB {
    return this.#criteria('NUMBER_BETWEEN', this.#num('requireNumberBetween', start, end));
  }
  requireNumberEqualTo(n: number): DVB {
    return this.#criteria('NUMBER_EQUAL_TO', this.#num('requireNumberEqualTo', n));
  }
  requireNumberGreaterThan(n: number): DVB {
    return this.#criteria('NUMBER_GREATER_THAN', this.#num('requireNumberGreaterThan', n));
  }
  requireNumberGreaterThanOrEqualTo(n: number): DVB {
    return this.#criteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', this.#num('requireNumberGreaterThanOrEqualTo', n));
  }
  requireNumberLessThan(n: number): DVB {
    return this.#criteria('NUMBER_LESS_THAN', this.#num('requireNumberLessThan', n));
  }
  requireNumberLessThanOrEqualTo(n: number): DVB {
    return this.#criteria('NUMBER_LESS_THAN_OR_EQUAL_TO', this.#num('requireNumberLessThanOrEqualTo', n));
  }
  requireTextContains(text: string): DVB {
    return this.#criteria('TEXT_CONTAINS', [String(text)]);
  }
  requireTextEqualTo(text: string): DVB {
    return this.#criteria('TEXT_EQUAL_TO', [String(text)]);
  }
  requireTextIsEmail(): DVB {
    return this.#criteria('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): DVB {
    return this.#criteria('TEXT_IS_VALID_URL', []);
  }
  requireValueInList(values: string[], showDropdown?: boolean): DVB {
    if (!Array.isArray(values)) throw signatureError('DataValidationBuilder', 'requireValueInList', [values, showDropdown]);
    return this.#criteria('VALUE_IN_LIST', [[...values], showDropdown ?? true]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): DVB {
    gridOf(range, 'DataValidationBuilder', 'requireValueInRange', [range, showDropdown]);
    return this.#criteria('VALUE_IN_RANGE', [range, showDropdown ?? true]);
  }
  setAllowInvalid(allowInvalidData: boolean): DVB {
    this.#d.allowInvalid = Boolean(allowInvalidData);
    return this.#self;
  }
  setHelpText(helpText: string): DVB {
    this.#d.helpText = helpText === null || helpText === undefined ? null : String(helpText);
    return this.#self;
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): DVB {
    const t = String(criteria);
    if (!(t in DataValidationCriteria) || !Array.isArray(args)) throw signatureError('DataValidationBuilder', 'withCriteria', [criteria, args]);
    return this.#criteria(t, args);
  }
}

// ================================================================ conditional formats

type BC = GoogleAppsScript.Spreadsheet.BooleanCondition;
type BCMethods = 'getBackground' | 'getBold' | 'getCriteriaType' | 'getCriteriaValues' | 'getFontColor' | 'getItalic' | 'getStrikethrough' | 'getUnderline';

export class BooleanConditionImpl implements Pick<BC, BCMethods> {
  readonly #ctx: Ctx;
  readonly #criteria: string;
  readonly #values: readonly unknown[];
  readonly #f: RuleFormat;
  private constructor(ctx: Ctx, criteria: string, values: readonly unknown[], f: RuleFormat) {
    this.#ctx = ctx;
    this.#criteria = criteria;
    this.#values = values;
    this.#f = { ...f };
  }
  static create(ctx: Ctx, criteria: string, values: readonly unknown[], f: RuleFormat): BC {
    return wrap(new BooleanConditionImpl(ctx, criteria, values, f), ctx, 'BooleanCondition') as unknown as BC;
  }
  getBackground(): string | null {
    return this.#f.background ?? null;
  }
  getBold(): boolean | null {
    return this.#f.bold ?? null;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return this.#criteria as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this.#values.map((v) => outArg(this.#ctx, v));
  }
  getFontColor(): string | null {
    return this.#f.fontColor ?? null;
  }
  getItalic(): boolean | null {
    return this.#f.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.#f.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.#f.underline ?? null;
  }
}

type CFRMethods = 'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges';

export class ConditionalFormatRuleImpl implements Pick<CFR, CFRMethods> {
  readonly #ctx: Ctx;
  readonly #d: RuleData;
  private constructor(ctx: Ctx, d: RuleData) {
    this.#ctx = ctx;
    this.#d = d;
  }
  static create(ctx: Ctx, d: RuleData): CFR {
    const data = copyRule(d);
    return wrap(new ConditionalFormatRuleImpl(ctx, data), ctx, 'ConditionalFormatRule', { kind: 'rule', data }) as unknown as CFR;
  }
  copy(): CFRB {
    return makeRuleBuilder(this.#ctx, this.#d);
  }
  getBooleanCondition(): BC | null {
    return BooleanConditionImpl.create(this.#ctx, this.#d.criteria, this.#d.values, this.#d.format);
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.#d.ranges.map((g) => makeRange(this.#ctx, copyGrid(g)));
  }
}

type CFRBMethods =
  | 'build'
  | 'copy'
  | 'getBooleanCondition'
  | 'getGradientCondition'
  | 'getRanges'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setItalic'
  | 'setRanges'
  | 'setStrikethrough'
  | 'setUnderline'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberNotBetween'
  | 'whenNumberNotEqualTo'
  | 'whenTextContains'
  | 'whenTextDoesNotContain'
  | 'whenTextEndsWith'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith';

interface DraftRule {
  criteria?: string;
  values: unknown[];
  format: RuleFormat;
  ranges: GridRange[];
}

export class ConditionalFormatRuleBuilderImpl implements Pick<CFRB, CFRBMethods> {
  readonly #ctx: Ctx;
  readonly #d: DraftRule;
  readonly #self: CFRB;
  private constructor(ctx: Ctx, d: DraftRule) {
    this.#ctx = ctx;
    this.#d = d;
    this.#self = wrap(this, ctx, 'ConditionalFormatRuleBuilder') as unknown as CFRB;
  }
  static create(ctx: Ctx, d?: RuleData): CFRB {
    const draft: DraftRule = d ? { ...copyRule(d), values: [...d.values] } : { values: [], format: {}, ranges: [] };
    return new ConditionalFormatRuleBuilderImpl(ctx, draft).#self;
  }
  #when(criteria: string, values: unknown[]): CFRB {
    this.#d.criteria = criteria;
    this.#d.values = values;
    return this.#self;
  }
  #fmt(k: keyof RuleFormat, v: unknown): CFRB {
    (this.#d.format as Record<string, unknown>)[k] = v === null || v === undefined ? null : v;
    return this.#self;
  }

  build(): CFR {
    if (!this.#d.criteria) throw exception('Emulator: a conditional format rule needs a condition (when…) before build().');
    return makeRule(this.#ctx, { criteria: this.#d.criteria, values: this.#d.values, format: this.#d.format, ranges: this.#d.ranges });
  }
  copy(): CFRB {
    return new ConditionalFormatRuleBuilderImpl(this.#ctx, {
      ...this.#d,
      values: [...this.#d.values],
      format: { ...this.#d.format },
      ranges: this.#d.ranges.map(copyGrid),
    }).#self;
  }
  getBooleanCondition(): BC | null {
    return this.#d.criteria ? BooleanConditionImpl.create(this.#ctx, this.#d.criteria, this.#d.values, this.#d.format) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.#d.ranges.map((g) => makeRange(this.#ctx, copyGrid(g)));
  }
  setBackground(color: string | null): CFRB {
    return this.#fmt('background', color === null ? null : normaliseColour(color));
  }
  setFontColor(color: string | null): CFRB {
    return this.#fmt('fontColor', color === null ? null : normaliseColour(color));
  }
  setBold(bold: boolean | null): CFRB {
    return this.#fmt('bold', bold);
  }
  setItalic(italic: boolean | null): CFRB {
    return this.#fmt('italic', italic);
  }
  setStrikethrough(s: boolean | null): CFRB {
    return this.#fmt('strikethrough', s);
  }
  setUnderline(u: boolean | null): CFRB {
    return this.#fmt('underline', u);
  }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): CFRB {
    if (!Array.isArray(ranges)) throw signatureError('ConditionalFormatRuleBuilder', 'setRanges', [ranges]);
    this.#d.ranges = ranges.map((r) => copyGrid(gridOf(r, 'ConditionalFormatRuleBuilder', 'setRanges', [ranges])));
    return this.#self;
  }
  whenCellEmpty(): CFRB {
    return this.#when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): CFRB {
    return this.#when('CELL_NOT_EMPTY', []);
  }
  whenFormulaSatisfied(formula: string): CFRB {
    if (typeof formula !== 'string') throw signatureError('ConditionalFormatRuleBuilder', 'whenFormulaSatisfied', [formula]);
    return this.#when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberBetween(start: number, end: number): CFRB {
    return this.#when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(n: number): CFRB {
    return this.#when('NUMBER_EQUAL_TO', [n]);
  }
  whenNumberGreaterThan(n: number): CFRB {
    return this.#when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): CFRB {
    return this.#when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: number): CFRB {
    return this.#when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): CFRB {
    return this.#when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberNotBetween(start: number, end: number): CFRB {
    return this.#when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  whenNumberNotEqualTo(n: number): CFRB {
    return this.#when('NUMBER_NOT_EQUAL_TO', [n]);
  }
  whenTextContains(text: string): CFRB {
    return this.#when('TEXT_CONTAINS', [String(text)]);
  }
  whenTextDoesNotContain(text: string): CFRB {
    return this.#when('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }
  whenTextEndsWith(text: string): CFRB {
    return this.#when('TEXT_ENDS_WITH', [String(text)]);
  }
  whenTextEqualTo(text: string): CFRB {
    return this.#when('TEXT_EQUAL_TO', [String(text)]);
  }
  whenTextStartsWith(text: string): CFRB {
    return this.#when('TEXT_STARTS_WITH', [String(text)]);
  }
}

// ================================================================ protection

type P = GoogleAppsScript.Spreadsheet.Protection;
type PMethods =
  | 'addEditor'
  | 'addEditors'
  | 'canDomainEdit'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'getRangeName'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setDomainEdit'
  | 'setRange'
  | 'setWarningOnly';

function emailOf(u: unknown): string {
  if (typeof u === 'string') return u;
  if (u && typeof u === 'object' && typeof (u as { getEmail?: unknown }).getEmail === 'function') return String((u as GoogleAppsScript.Base.User).getEmail());
  throw exception('Emulator: expected an email address or a User.');
}

/**
 * A protected range or sheet. The emulator has no sharing model: the script runs as an
 * editor who may edit everything (canEdit() is true), and protections do not block writes
 * by the script. Editors are kept as a list of email addresses.
 */
export class ProtectionImpl implements Pick<P, PMethods> {
  readonly #ctx: Ctx;
  readonly #d: ProtectionData;
  readonly #self: P;
  private constructor(ctx: Ctx, d: ProtectionData) {
    this.#ctx = ctx;
    this.#d = d;
    this.#self = wrap(this, ctx, 'Protection', { kind: 'protection', data: d }) as unknown as P;
  }
  static create(ctx: Ctx, d: ProtectionData): P {
    return new ProtectionImpl(ctx, d).#self;
  }
  #alive(): ProtectionData {
    if (!this.#d.sheet.protections.includes(this.#d)) throw exception('Emulator: this protection has been removed.');
    return this.#d;
  }
  addEditor(user: string | GoogleAppsScript.Base.User): P {
    const e = emailOf(user);
    if (!this.#alive().editors.includes(e)) this.#d.editors.push(e);
    return this.#self;
  }
  addEditors(emailAddresses: string[]): P {
    for (const e of emailAddresses) this.addEditor(e);
    return this.#self;
  }
  removeEditor(user: string | GoogleAppsScript.Base.User): P {
    const e = emailOf(user);
    this.#alive().editors = this.#d.editors.filter((x) => x !== e);
    return this.#self;
  }
  removeEditors(users: string[] | GoogleAppsScript.Base.User[]): P {
    for (const u of users) this.removeEditor(u);
    return this.#self;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this.#alive().editors.map((email) => {
      const user: GoogleAppsScript.Base.User = { getEmail: () => email, getUserLoginId: () => email };
      return wrap(user, this.#ctx, 'User');
    });
  }
  canDomainEdit(): boolean {
    return this.#alive().domainEdit;
  }
  setDomainEdit(editable: boolean): P {
    this.#alive().domainEdit = Boolean(editable);
    return this.#self;
  }
  canEdit(): boolean {
    this.#alive();
    return true;
  }
  getDescription(): string {
    return this.#alive().description;
  }
  setDescription(description: string): P {
    this.#alive().description = String(description);
    return this.#self;
  }
  isWarningOnly(): boolean {
    return this.#alive().warningOnly;
  }
  setWarningOnly(warningOnly: boolean): P {
    this.#alive().warningOnly = Boolean(warningOnly);
    return this.#self;
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.#d.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const d = this.#alive();
    return makeRange(this.#ctx, d.type === 'SHEET' ? d.sheet.whole() : copyGrid(d.range));
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range): P {
    const d = this.#alive();
    if (d.type === 'SHEET') throw exception('Emulator: setRange is for range protections.');
    const g = gridOf(range, 'Protection', 'setRange', [range]);
    if (g.sheet !== d.sheet) throw exception('Emulator: a protection cannot move to another sheet.');
    d.range = copyGrid(g);
    return this.#self;
  }
  getRangeName(): string | null {
    this.#alive();
    return null;
  }
  remove(): void {
    const d = this.#alive();
    d.sheet.protections = d.sheet.protections.filter((p) => p !== d);
  }
}
