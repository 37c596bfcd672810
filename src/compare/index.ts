export {
  type ComparedReport,
  type Comparison,
  type ComparisonRow,
  compareReports,
  type YearChange,
} from './compare.ts';
export { FIGURE_LABELS, type ReportFigures, reportFigures } from './figures.ts';
export { formatComparison } from './format.ts';
