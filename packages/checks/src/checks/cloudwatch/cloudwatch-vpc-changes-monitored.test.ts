import { cloudwatchVpcChangesMonitored } from './cloudwatch-vpc-changes-monitored.js';
import { monitoringCheckScenarios } from './test-support/monitoring-scenarios.js';

monitoringCheckScenarios(cloudwatchVpcChangesMonitored, {
  controlId: '5.14',
  equivalent:
    '{ $.eventName = *Vpc || $.eventName = *VpcAttribute || $.eventName = *VpcPeeringConnection || $.eventName = *VpcClassicLink }',
  narrower: '{ $.eventName = CreateVpc || $.eventName = DeleteVpc }',
});
