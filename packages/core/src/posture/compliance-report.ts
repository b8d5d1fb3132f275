// Compliance is judged by @orgscan/report (shared with the command line's and the api's HTML reports).
export {
  type AccountReport,
  buildComplianceReport,
  COMPLIANCE_STATUSES,
  type ComplianceAccountOutcome,
  type ComplianceReport,
  type ComplianceSource,
  type ComplianceStatus,
  type RequirementReport,
  type StatusTotals,
} from '@orgscan/report';
