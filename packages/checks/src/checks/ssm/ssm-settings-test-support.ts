import { readOk } from '../../fixtures/index.js';
import type { SsmServiceSettings } from '../../inventory/ssm.js';

/** Test builder: the settings of a region that does both things right unless `fields` says otherwise. */
export function ssmSettings(fields: Partial<SsmServiceSettings> = {}): SsmServiceSettings {
  return {
    automationLogDestination: readOk('CloudWatch'),
    documentPublicSharing: readOk('Disable'),
    ...fields,
  };
}
