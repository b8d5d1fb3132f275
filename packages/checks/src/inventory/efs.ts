/** An EFS file system of the region (DescribeFileSystems). */
export interface EfsFileSystem {
  readonly arn: string;
  readonly id: string;
  readonly name: string | null;
  readonly encrypted: boolean;
}
