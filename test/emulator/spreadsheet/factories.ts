/**
 * One place that builds every emulated object, so the modules can refer to each other's
 * objects without import cycles at load time.
 */
import type { Ctx } from './context';
import { RangeImpl } from './range';
import { ConditionalFormatRuleBuilderImpl, ConditionalFormatRuleImpl, DataValidationBuilderImpl, DataValidationImpl, ProtectionImpl } from './rules';
import { SheetImpl } from './sheet';
import { TextFinderImpl } from './text-finder';
import type { GridRange, ProtectionData, RuleData, SheetState, ValidationData } from './state';

export const makeRange = (ctx: Ctx, g: GridRange): GoogleAppsScript.Spreadsheet.Range => RangeImpl.create(ctx, g);
export const makeTextFinder = (ctx: Ctx, g: GridRange, text: string): GoogleAppsScript.Spreadsheet.TextFinder => TextFinderImpl.create(ctx, g, text);
export const makeSheet = (ctx: Ctx, s: SheetState): GoogleAppsScript.Spreadsheet.Sheet => SheetImpl.create(ctx, s);
export const makeValidation = (ctx: Ctx, d: ValidationData): GoogleAppsScript.Spreadsheet.DataValidation => DataValidationImpl.create(ctx, d);
export const makeValidationBuilder = (ctx: Ctx, d?: ValidationData): GoogleAppsScript.Spreadsheet.DataValidationBuilder =>
  DataValidationBuilderImpl.create(ctx, d);
export const makeRule = (ctx: Ctx, d: RuleData): GoogleAppsScript.Spreadsheet.ConditionalFormatRule => ConditionalFormatRuleImpl.create(ctx, d);
export const makeRuleBuilder = (ctx: Ctx, d?: RuleData): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder =>
  ConditionalFormatRuleBuilderImpl.create(ctx, d);
export const makeProtection = (ctx: Ctx, d: ProtectionData): GoogleAppsScript.Spreadsheet.Protection => ProtectionImpl.create(ctx, d);
