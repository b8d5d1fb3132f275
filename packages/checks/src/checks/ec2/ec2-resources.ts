import type {
  Ec2Instance,
  Ec2NetworkAcl,
  Ec2SecurityGroup,
  Ec2Subnet,
  Ec2Volume,
  Ec2Vpc,
} from '../../inventory/ec2.js';
import type { ResourceRef } from '../../model/resource.js';

/** EC2 and VPC resources by ARN, typed with the AWS Security Finding Format resource types. */
export function instanceResource(instance: Ec2Instance): ResourceRef {
  return { id: instance.arn, type: 'AwsEc2Instance' };
}

export function volumeResource(volume: Ec2Volume): ResourceRef {
  return { id: volume.arn, type: 'AwsEc2Volume' };
}

export function securityGroupResource(group: Ec2SecurityGroup): ResourceRef {
  return { id: group.arn, type: 'AwsEc2SecurityGroup' };
}

export function networkAclResource(acl: Ec2NetworkAcl): ResourceRef {
  return { id: acl.arn, type: 'AwsEc2NetworkAcl' };
}

export function vpcResource(vpc: Ec2Vpc): ResourceRef {
  return { id: vpc.arn, type: 'AwsEc2Vpc' };
}

export function subnetResource(subnet: Ec2Subnet): ResourceRef {
  return { id: subnet.arn, type: 'AwsEc2Subnet' };
}

/** "sg-0abc (web-admin)": how messages name a security group. */
export function securityGroupLabel(group: Ec2SecurityGroup): string {
  return group.name === group.id ? group.id : `${group.id} (${group.name})`;
}
