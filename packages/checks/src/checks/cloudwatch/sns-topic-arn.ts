/** `arn:<partition>:sns:<region>:<account>:<name>` → where the topic lives; null for any other ARN. */
export function parseSnsTopicArn(arn: string): { region: string; accountId: string; name: string } | null {
  const match = /^arn:[a-z-]+:sns:([a-z0-9-]+):(\d{12}):([\w-]+(\.fifo)?)$/.exec(arn);
  if (!match) return null;
  return { region: match[1]!, accountId: match[2]!, name: match[3]! };
}
