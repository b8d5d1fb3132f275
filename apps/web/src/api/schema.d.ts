export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: Postgres and Redis answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            checks: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List scans, most recent first */
        get: {
            parameters: {
                query: {
                    limit: number;
                    cursor?: string;
                    organizationId?: string;
                    status?: "pending" | "running" | "completed" | "incomplete" | "partial" | "failed" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                organizationId: string;
                                status: "pending" | "running" | "completed" | "incomplete" | "partial" | "failed" | "cancelled";
                                trigger: "api" | "schedule";
                                checks: string[];
                                /** @description Region allow-list; null: all enabled */
                                regions: string[] | null;
                                /** @description Accounts in the organization; 0 until the scan is planned */
                                accountCount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description When its planning job enumerated the organization and recorded the accounts; null: still being planned */
                                plannedAt: string | null;
                                /** @description Why the scan ended `failed` before any account ran (the organization could not be read: operation, AWS code); null otherwise */
                                failureReason: string | null;
                                startedAt: string | null;
                                finishedAt: string | null;
                                /** @description Set when the scan is final */
                                totals: {
                                    findings: number;
                                    byStatus: {
                                        PASS: number;
                                        FAIL: number;
                                        ERROR: number;
                                        SKIPPED: number;
                                        MANUAL: number;
                                    };
                                    failedBySeverity: {
                                        critical: number;
                                        high: number;
                                        medium: number;
                                        low: number;
                                        informational: number;
                                    };
                                } | null;
                                /** @description Set when the scan is final */
                                coverage: {
                                    accounts: {
                                        total: number;
                                        pending: number;
                                        running: number;
                                        succeeded: number;
                                        failed: number;
                                        skipped: number;
                                        cancelled: number;
                                    };
                                    regionsScanned: string[];
                                    checksSelected: number;
                                    /** @description Checks with at least one non-ERROR finding */
                                    checksEvaluated: number;
                                    /** @description Checks with at least one ERROR finding */
                                    checksWithErrors: number;
                                    cells: {
                                        /** @description Cells with findings and no ERROR among them (SKIPPED counts as judged) */
                                        judged: number;
                                        /** @description Check × region cells: each regional check in each region scanned, each global check once */
                                        total: number;
                                        /** @description judged / total (1 when total is 0) */
                                        ratio: number;
                                        /** @description Cells counted (not judged) for each failed or cancelled account: the selected checks over the regions the scan covered */
                                        notScannedPerAccount: number;
                                    } | null;
                                } | null;
                            }[];
                            /** @description Pass as cursor for the next page; null at the end */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Start a scan of an organization
         * @description Records the scan and enqueues its planning job, without calling AWS: the planning job enumerates the organization (AWS Organizations), records one entry per account and enqueues one job per ACTIVE account in scope. Answers 202 at once with the scan `pending`; follow it with GET /v1/scans/{id} (its accounts appear once it is planned; a scan whose organization cannot be read ends `failed` with `failureReason`). Scope it with checks, frameworks (and requirement ids), services and regions: only the inventory the selected checks need is collected.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Organization to scan
                         * @default default
                         */
                        organizationId?: string;
                        /** @description Run these checks */
                        checks?: string[];
                        /** @description Run the checks mapped to these frameworks (added to checks) */
                        frameworks?: {
                            /** @example cis-aws-7.0.0 */
                            id: string;
                            /** @description Only these requirement ids (e.g. 2.4, S3.1, AC-2(1)); absent: the whole framework */
                            requirements?: string[];
                        }[];
                        /** @description Only checks of these services (narrows checks/frameworks, or alone selects by service) */
                        services?: string[];
                        /** @description Scan only these regions */
                        regions?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description Recorded, being planned: its accounts appear in GET /v1/scans/{id} once planned
                             * @enum {string}
                             */
                            status: "pending";
                            organizationId: string;
                            links: {
                                self: string;
                                findings: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scan: status, per-account progress and reasons, totals, coverage */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Scan id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            organizationId: string;
                            status: "pending" | "running" | "completed" | "incomplete" | "partial" | "failed" | "cancelled";
                            trigger: "api" | "schedule";
                            checks: string[];
                            /** @description Region allow-list; null: all enabled */
                            regions: string[] | null;
                            /** @description Accounts in the organization; 0 until the scan is planned */
                            accountCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description When its planning job enumerated the organization and recorded the accounts; null: still being planned */
                            plannedAt: string | null;
                            /** @description Why the scan ended `failed` before any account ran (the organization could not be read: operation, AWS code); null otherwise */
                            failureReason: string | null;
                            startedAt: string | null;
                            finishedAt: string | null;
                            /** AccountProgress */
                            progress: {
                                pending: number;
                                running: number;
                                succeeded: number;
                                failed: number;
                                skipped: number;
                                cancelled: number;
                            };
                            /** ScanTotals */
                            totals: {
                                findings: number;
                                byStatus: {
                                    PASS: number;
                                    FAIL: number;
                                    ERROR: number;
                                    SKIPPED: number;
                                    MANUAL: number;
                                };
                                failedBySeverity: {
                                    critical: number;
                                    high: number;
                                    medium: number;
                                    low: number;
                                    informational: number;
                                };
                            };
                            /** ScanCoverage */
                            coverage: {
                                accounts: {
                                    total: number;
                                    pending: number;
                                    running: number;
                                    succeeded: number;
                                    failed: number;
                                    skipped: number;
                                    cancelled: number;
                                };
                                regionsScanned: string[];
                                checksSelected: number;
                                /** @description Checks with at least one non-ERROR finding */
                                checksEvaluated: number;
                                /** @description Checks with at least one ERROR finding */
                                checksWithErrors: number;
                                cells: {
                                    /** @description Cells with findings and no ERROR among them (SKIPPED counts as judged) */
                                    judged: number;
                                    /** @description Check × region cells: each regional check in each region scanned, each global check once */
                                    total: number;
                                    /** @description judged / total (1 when total is 0) */
                                    ratio: number;
                                    /** @description Cells counted (not judged) for each failed or cancelled account: the selected checks over the regions the scan covered */
                                    notScannedPerAccount: number;
                                } | null;
                            };
                            accounts: {
                                accountId: string;
                                name: string;
                                ouPath: string;
                                status: "pending" | "running" | "succeeded" | "failed" | "skipped" | "cancelled";
                                reason: {
                                    category: "assume-role-denied" | "assume-role-failed" | "region-discovery-failed" | "account-suspended" | "account-not-active" | "job-failed" | "cancelled" | "out-of-scope";
                                    detail: string;
                                } | null;
                                regionsScanned: string[];
                                regionsNotEnabled: string[];
                                /** @description Regions where an organization policy (SCP) denied every call: not evaluated; each has one SKIPPED finding (check `region-denied-by-policy`) with the AWS error */
                                regionsDeniedByPolicy: {
                                    region: string;
                                    /** @description AWS error code of the denial */
                                    code: string;
                                    /** @description AWS error message (names the policy type) */
                                    message: string;
                                }[];
                                checksEvaluated: number;
                                findings: number;
                                /** @description ERROR findings: data that could not be read */
                                errors: number;
                                coverage: {
                                    /** @description Cells with findings and no ERROR among them (SKIPPED counts as judged) */
                                    judged: number;
                                    /** @description Check × region cells: each regional check in each region scanned, each global check once */
                                    total: number;
                                    /** @description judged / total (1 when total is 0) */
                                    ratio: number;
                                } | null;
                                apiCalls: number;
                                throttles: number;
                                attempts: number;
                                startedAt: string | null;
                                finishedAt: string | null;
                            }[];
                            /** @description When its findings were folded into the current posture; null: not yet */
                            postureAppliedAt: string | null;
                            /** @description What it changed (GET /v1/scans/{id}/diff lists them); null until folded in, or when a newer scan was folded in first (then compare pairwise) */
                            changes: {
                                new: number;
                                resolved: number;
                                regressed: number;
                                reopened: number;
                                unchanged: number;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scans/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scan's findings, filtered, in pages */
        get: {
            parameters: {
                query: {
                    limit: number;
                    cursor?: string;
                    /** @description Only findings with this status (repeat the parameter for several) */
                    status?: ("PASS" | "FAIL" | "ERROR" | "SKIPPED" | "MANUAL")[];
                    /** @description Only findings of this severity (repeat the parameter for several) */
                    severity?: ("critical" | "high" | "medium" | "low" | "informational")[];
                    /** @description Only findings of this account (repeat the parameter for several) */
                    accountId?: string[];
                    /** @description Only findings of this check (repeat the parameter for several) */
                    checkId?: string[];
                    /** @description Only findings in this region ('global') (repeat the parameter for several) */
                    region?: string[];
                };
                header?: never;
                path: {
                    /** @description Scan id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Stable id of (organization, account, region, check, resource) */
                                fingerprint: string;
                                accountId: string;
                                /** @description 'global' for account-wide checks */
                                region: string;
                                checkId: string;
                                /**
                                 * @description The resource's ARN where AWS has one. The account itself: `arn:<partition>:account::<account>:account` (its AWS Account Management ARN); a regional setting of the account (EBS default encryption, a region's Security Hub): that ARN followed by `/<region>`.
                                 * @example arn:aws:iam::123456789012:user/alice
                                 * @example arn:aws:account::123456789012:account/eu-west-1
                                 */
                                resourceId: string;
                                resourceType: string;
                                status: "PASS" | "FAIL" | "ERROR" | "SKIPPED" | "MANUAL";
                                severity: "critical" | "high" | "medium" | "low" | "informational";
                                message: string;
                                /** @description AWS error code when status is ERROR */
                                errorCode: string | null;
                                evidence: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            /** @description Pass as cursor for the next page; null at the end */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scans/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a scan: remaining account jobs are removed, running ones finish
         * @description The scan ends `cancelled` once the running accounts finish; their results are kept. 409 when the scan is already final.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Scan id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Accounts removed from the queue before they ran */
                            accountsCancelled: number;
                            /** @description Accounts being scanned now; they finish and are kept */
                            accountsRunning: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scans/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-run only the accounts of a finished scan that failed
         * @description The failed accounts run again as a new round of the same scan, which is then finalized again. 409 when the scan is still running or has no failed account.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Scan id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Retry round of the scan (1 for the first retry) */
                            round: number;
                            /** @description Failed accounts queued again */
                            accountsQueued: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: scans and account jobs by status, queue depth (needs a viewer key) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every check: severity, scope, frameworks and requirement ids (with older ids), remediation */
        get: {
            parameters: {
                query?: {
                    /** @example cis-aws-7.0.0 */
                    framework?: string;
                    /** @example iam */
                    service?: string;
                    severity?: "critical" | "high" | "medium" | "low" | "informational";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                title: string;
                                service: string;
                                severity: "critical" | "high" | "medium" | "low" | "informational";
                                scope: "global" | "regional";
                                frameworks: {
                                    id: string;
                                    requirements: {
                                        id: string;
                                        /** @description The same requirement in older benchmark versions */
                                        legacyIds: {
                                            [key: string]: string;
                                        };
                                    }[];
                                }[];
                                remediation: {
                                    text: string;
                                    cli: string | null;
                                    url: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frameworks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Frameworks orgscan reports on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                version: string;
                                requirements: number;
                                /** @description Requirements orgscan evaluates with at least one check */
                                requirementsAutomated: number;
                                /** @description Requirements that need a human (MANUAL, with guidance) */
                                requirementsManual: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frameworks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A framework's requirements: level, automated or manual, guidance, older ids, and their checks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example cis-aws-7.0.0 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            version: string;
                            requirements: {
                                id: string;
                                title: string;
                                section: string;
                                level: ("L1" | "L2") | null;
                                /** @description Whether the benchmark itself calls it automated */
                                benchmarkAutomated: boolean;
                                /** @description automated: orgscan checks decide it; manual: reported MANUAL with the guidance */
                                evaluation: "automated" | "manual";
                                guidance: string;
                                legacyIds: {
                                    [key: string]: string;
                                };
                                securityHubControls: string[];
                                checks: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current posture: the latest state of every finding, filtered, sorted, in pages
         * @description One row per finding (organization, account, region, check, resource) with its lifecycle: first and last seen, when its status changed, whether it is open, muted, or archived (resource gone). check, service and framework + requirement filters combine (intersection); ouId includes nested OUs.
         */
        get: {
            parameters: {
                query: {
                    /**
                     * @description Organization id (default: the organization from configuration)
                     * @example default
                     */
                    organizationId?: string;
                    /** @description Items per page */
                    limit: number;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description severity: most severe first (default); a leading - reverses; dates oldest first */
                    sort?: "severity" | "-severity" | "firstSeen" | "-firstSeen" | "statusChangedAt" | "-statusChangedAt";
                    /** @description Only this status (repeat for several) */
                    status?: ("PASS" | "FAIL" | "ERROR" | "SKIPPED" | "MANUAL")[];
                    /** @description Only this severity (repeat for several) */
                    severity?: ("critical" | "high" | "medium" | "low" | "informational")[];
                    /** @description Only this check (repeat for several) */
                    checkId?: string[];
                    /** @description Only checks of this service (repeat for several) */
                    service?: string[];
                    /** @description Only this account (repeat for several) */
                    accountId?: string[];
                    /**
                     * @description Organizational unit (or root) id; accounts in nested OUs are included
                     * @example ou-ab12-cdef3456
                     */
                    ouId?: string;
                    /** @description Only this region ('global' for account-wide checks) (repeat for several) */
                    region?: string[];
                    /** @example cis-aws-7.0.0 */
                    framework?: string;
                    /** @description With framework: only checks mapped to this requirement (repeat for several) */
                    requirement?: string[];
                    /** @description true: only muted; false: only not muted */
                    muted?: boolean;
                    /** @description active (default): resources that exist; archived: gone; all */
                    recordState?: "active" | "archived" | "all";
                    /** @example 2026-01-31T08:00:00.000Z */
                    firstSeenFrom?: string;
                    /** @example 2026-01-31T08:00:00.000Z */
                    firstSeenTo?: string;
                    /** @example 2026-01-31T08:00:00.000Z */
                    lastSeenFrom?: string;
                    /** @example 2026-01-31T08:00:00.000Z */
                    lastSeenTo?: string;
                    /** @description Case-insensitive substring of the resource id */
                    resource?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * @description Stable id of (organization, account, region, check, resource)
                                 * @example 6f1d0c3a9b8e4f2a7c5d1e0b3a9f8c7d
                                 */
                                fingerprint: string;
                                /** @example default */
                                organizationId: string;
                                /** @example 123456789012 */
                                accountId: string;
                                accountName: string | null;
                                /**
                                 * @description 'global' for account-wide checks
                                 * @example global
                                 */
                                region: string;
                                /** @example iam-root-mfa-enabled */
                                checkId: string;
                                /** @example iam */
                                service: string | null;
                                /** @description The check's title */
                                title: string | null;
                                /**
                                 * @description The resource's ARN where AWS has one. The account itself: `arn:<partition>:account::<account>:account` (its AWS Account Management ARN); a regional setting of the account (EBS default encryption, a region's Security Hub): that ARN followed by `/<region>`.
                                 * @example arn:aws:iam::123456789012:user/alice
                                 * @example arn:aws:account::123456789012:account/eu-west-1
                                 */
                                resourceId: string;
                                /** @example AwsIamUser */
                                resourceType: string;
                                status: "PASS" | "FAIL" | "ERROR" | "SKIPPED" | "MANUAL";
                                severity: "critical" | "high" | "medium" | "low" | "informational";
                                message: string;
                                /** @description AWS error code when status is ERROR */
                                errorCode: string | null;
                                evidence: {
                                    [key: string]: unknown;
                                } | null;
                                /** @description The latest decisive observation (FAIL, PASS, resource gone) was FAIL */
                                open: boolean;
                                /** @description archived: the resource is gone (resolved if it was failing) */
                                recordState: "active" | "archived";
                                /** @description A mute covers it: visible, but not counted as a failure */
                                muted: boolean;
                                muteId: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                firstSeen: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                lastSeen: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                statusChangedAt: string;
                                firstFailedAt: string | null;
                                resolvedAt: string | null;
                                /**
                                 * Format: uuid
                                 * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                 */
                                lastScanId: string;
                                /** @description Tickets opened for this finding */
                                ticketRefs: unknown[];
                            }[];
                            /** @description Pass as cursor for the next page; null at the end */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/findings/{fingerprint}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One finding: its current state, remediation, compliance mapping and status history */
        get: {
            parameters: {
                query: {
                    /** @description Most recent observations returned */
                    historyLimit: number;
                };
                header?: never;
                path: {
                    /**
                     * @description Stable id of (organization, account, region, check, resource)
                     * @example 6f1d0c3a9b8e4f2a7c5d1e0b3a9f8c7d
                     */
                    fingerprint: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable id of (organization, account, region, check, resource)
                             * @example 6f1d0c3a9b8e4f2a7c5d1e0b3a9f8c7d
                             */
                            fingerprint: string;
                            /** @example default */
                            organizationId: string;
                            /** @example 123456789012 */
                            accountId: string;
                            accountName: string | null;
                            /**
                             * @description 'global' for account-wide checks
                             * @example global
                             */
                            region: string;
                            /** @example iam-root-mfa-enabled */
                            checkId: string;
                            /** @example iam */
                            service: string | null;
                            /** @description The check's title */
                            title: string | null;
                            /**
                             * @description The resource's ARN where AWS has one. The account itself: `arn:<partition>:account::<account>:account` (its AWS Account Management ARN); a regional setting of the account (EBS default encryption, a region's Security Hub): that ARN followed by `/<region>`.
                             * @example arn:aws:iam::123456789012:user/alice
                             * @example arn:aws:account::123456789012:account/eu-west-1
                             */
                            resourceId: string;
                            /** @example AwsIamUser */
                            resourceType: string;
                            status: "PASS" | "FAIL" | "ERROR" | "SKIPPED" | "MANUAL";
                            severity: "critical" | "high" | "medium" | "low" | "informational";
                            message: string;
                            /** @description AWS error code when status is ERROR */
                            errorCode: string | null;
                            evidence: {
                                [key: string]: unknown;
                            } | null;
                            /** @description The latest decisive observation (FAIL, PASS, resource gone) was FAIL */
                            open: boolean;
                            /** @description archived: the resource is gone (resolved if it was failing) */
                            recordState: "active" | "archived";
                            /** @description A mute covers it: visible, but not counted as a failure */
                            muted: boolean;
                            muteId: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            firstSeen: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            lastSeen: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            statusChangedAt: string;
                            firstFailedAt: string | null;
                            resolvedAt: string | null;
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            lastScanId: string;
                            /** @description Tickets opened for this finding */
                            ticketRefs: unknown[];
                            remediation: {
                                text: string;
                                cli: string | null;
                                url: string;
                            } | null;
                            /** @description Framework requirements the check evaluates */
                            compliance: {
                                framework: string;
                                requirements: string[];
                            }[];
                            /** @description Observations per scan, most recent first */
                            history: {
                                /**
                                 * Format: uuid
                                 * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                 */
                                scanId: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                scanCreatedAt: string;
                                /** @description null: the resource was gone */
                                status: ("PASS" | "FAIL" | "ERROR" | "SKIPPED" | "MANUAL") | null;
                                severity: ("critical" | "high" | "medium" | "low" | "informational") | null;
                                message: string | null;
                                errorCode: string | null;
                                /** @description null: unchanged */
                                change: ("new" | "resolved" | "regressed" | "reopened") | null;
                                muted: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/findings/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the current posture (CSV, NDJSON, OCSF, ASFF), streamed; same filters as GET /v1/findings */
        get: {
            parameters: {
                query: {
                    /**
                     * @description Organization id (default: the organization from configuration)
                     * @example default
                     */
                    organizationId?: string;
                    /** @description Only this status (repeat for several) */
                    status?: ("PASS" | "FAIL" | "ERROR" | "SKIPPED" | "MANUAL")[];
                    /** @description Only this severity (repeat for several) */
                    severity?: ("critical" | "high" | "medium" | "low" | "informational")[];
                    /** @description Only this check (repeat for several) */
                    checkId?: string[];
                    /** @description Only checks of this service (repeat for several) */
                    service?: string[];
                    /** @description Only this account (repeat for several) */
                    accountId?: string[];
                    /**
                     * @description Organizational unit (or root) id; accounts in nested OUs are included
                     * @example ou-ab12-cdef3456
                     */
                    ouId?: string;
                    /** @description Only this region ('global' for account-wide checks) (repeat for several) */
                    region?: string[];
                    /** @example cis-aws-7.0.0 */
                    framework?: string;
                    /** @description With framework: only checks mapped to this requirement (repeat for several) */
                    requirement?: string[];
                    /** @description true: only muted; false: only not muted */
                    muted?: boolean;
                    /** @description active (default): resources that exist; archived: gone; all */
                    recordState?: "active" | "archived" | "all";
                    /** @example 2026-01-31T08:00:00.000Z */
                    firstSeenFrom?: string;
                    /** @example 2026-01-31T08:00:00.000Z */
                    firstSeenTo?: string;
                    /** @example 2026-01-31T08:00:00.000Z */
                    lastSeenFrom?: string;
                    /** @example 2026-01-31T08:00:00.000Z */
                    lastSeenTo?: string;
                    /** @description Case-insensitive substring of the resource id */
                    resource?: string;
                    /** @description csv; ndjson (orgscan findings); ocsf (OCSF 1.3 Detection Finding, class_uid 2004, one event per line); asff (AWS Security Finding Format 2018-10-08, one finding per line: send them to securityhub:BatchImportFindings in batches of at most 100) */
                    format: "csv" | "ndjson" | "ocsf" | "asff";
                    /**
                     * @description asff: account of the Security Hub that imports (ProductArn); default: the management account
                     * @example 111111111111
                     */
                    securityHubAccountId?: string;
                    /**
                     * @description asff: region of that Security Hub (default us-east-1)
                     * @example eu-west-1
                     */
                    securityHubRegion?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The findings, streamed (CSV with a header row, or one JSON document per line) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/x-ndjson": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                        "application/x-ndjson": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                        "application/x-ndjson": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                        "application/x-ndjson": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                        "application/x-ndjson": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                        "application/x-ndjson": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                        "application/x-ndjson": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scans/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export a scan's findings (CSV, NDJSON, OCSF, ASFF), streamed */
        get: {
            parameters: {
                query: {
                    /** @description csv; ndjson (orgscan findings); ocsf (OCSF 1.3 Detection Finding, class_uid 2004, one event per line); asff (AWS Security Finding Format 2018-10-08, one finding per line: send them to securityhub:BatchImportFindings in batches of at most 100) */
                    format: "csv" | "ndjson" | "ocsf" | "asff";
                    /**
                     * @description asff: account of the Security Hub that imports (ProductArn); default: the management account
                     * @example 111111111111
                     */
                    securityHubAccountId?: string;
                    /**
                     * @description asff: region of that Security Hub (default us-east-1)
                     * @example eu-west-1
                     */
                    securityHubRegion?: string;
                    /** @description Only this status (repeat for several) */
                    status?: ("PASS" | "FAIL" | "ERROR" | "SKIPPED" | "MANUAL")[];
                    /** @description Only this severity (repeat for several) */
                    severity?: ("critical" | "high" | "medium" | "low" | "informational")[];
                    /** @description Only this account (repeat for several) */
                    accountId?: string[];
                    /** @description Only this check (repeat for several) */
                    checkId?: string[];
                    /** @description Only this region ('global') (repeat for several) */
                    region?: string[];
                };
                header?: never;
                path: {
                    /** @description Scan id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The findings, streamed (CSV with a header row, or one JSON document per line) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/x-ndjson": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                        "application/x-ndjson": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                        "application/x-ndjson": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                        "application/x-ndjson": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                        "application/x-ndjson": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                        "application/x-ndjson": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                        "application/x-ndjson": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                        "application/x-ndjson": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scans/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A scan's HTML report: one self-contained file (the same report as `orgscan scan --format html`)
         * @description Organization summary, failures by severity and by OU, the accounts with their outcome, the accounts × sections heatmap, compliance per framework, and every finding with its remediation in a filterable page. Works offline and makes no network request (strict Content-Security-Policy). Counts as an export for API_EXPORT_CONCURRENCY.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Scan id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The HTML report: one self-contained HTML document (inline style, script and SVG; no network requests) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current posture in numbers: by status, severity, check, account, OU, region; pass rates; coverage
         * @description Muted failures are counted apart (muted), never as FAIL. OU counts include every account beneath the OU (nested OUs included). Coverage names ACTIVE accounts without any result, so gaps are visible.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Organization id (default: the organization from configuration)
                     * @example default
                     */
                    organizationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example default */
                            organizationId: string;
                            /** @description null: the current posture */
                            scanId: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            generatedAt: string;
                            /** StatusCounts */
                            totals: {
                                /** @example 120 */
                                total: number;
                                /** @example 90 */
                                PASS: number;
                                /**
                                 * @description Failures no mute covers
                                 * @example 20
                                 */
                                FAIL: number;
                                /** @example 4 */
                                ERROR: number;
                                /** @example 3 */
                                SKIPPED: number;
                                /** @example 1 */
                                MANUAL: number;
                                /**
                                 * @description Failures a mute covers (accepted risk): not counted as FAIL
                                 * @example 2
                                 */
                                muted: number;
                                /**
                                 * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                 * @example 0.8182
                                 */
                                passRate: number | null;
                            };
                            /** @description FAIL findings (not muted) by severity */
                            failedBySeverity: {
                                critical: number;
                                high: number;
                                medium: number;
                                low: number;
                                informational: number;
                            };
                            bySeverity: {
                                severity: "critical" | "high" | "medium" | "low" | "informational";
                                /** @example 120 */
                                total: number;
                                /** @example 90 */
                                PASS: number;
                                /**
                                 * @description Failures no mute covers
                                 * @example 20
                                 */
                                FAIL: number;
                                /** @example 4 */
                                ERROR: number;
                                /** @example 3 */
                                SKIPPED: number;
                                /** @example 1 */
                                MANUAL: number;
                                /**
                                 * @description Failures a mute covers (accepted risk): not counted as FAIL
                                 * @example 2
                                 */
                                muted: number;
                                /**
                                 * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                 * @example 0.8182
                                 */
                                passRate: number | null;
                            }[];
                            byCheck: {
                                checkId: string;
                                title: string | null;
                                service: string | null;
                                severity: "critical" | "high" | "medium" | "low" | "informational";
                                /** @example 120 */
                                total: number;
                                /** @example 90 */
                                PASS: number;
                                /**
                                 * @description Failures no mute covers
                                 * @example 20
                                 */
                                FAIL: number;
                                /** @example 4 */
                                ERROR: number;
                                /** @example 3 */
                                SKIPPED: number;
                                /** @example 1 */
                                MANUAL: number;
                                /**
                                 * @description Failures a mute covers (accepted risk): not counted as FAIL
                                 * @example 2
                                 */
                                muted: number;
                                /**
                                 * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                 * @example 0.8182
                                 */
                                passRate: number | null;
                            }[];
                            /** @description Per account, with its pass rate */
                            byAccount: {
                                accountId: string;
                                name: string | null;
                                ouPath: string | null;
                                /** @example 120 */
                                total: number;
                                /** @example 90 */
                                PASS: number;
                                /**
                                 * @description Failures no mute covers
                                 * @example 20
                                 */
                                FAIL: number;
                                /** @example 4 */
                                ERROR: number;
                                /** @example 3 */
                                SKIPPED: number;
                                /** @example 1 */
                                MANUAL: number;
                                /**
                                 * @description Failures a mute covers (accepted risk): not counted as FAIL
                                 * @example 2
                                 */
                                muted: number;
                                /**
                                 * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                 * @example 0.8182
                                 */
                                passRate: number | null;
                            }[];
                            /** @description Per OU and root, all accounts beneath it counted (nested OUs included) */
                            byOu: {
                                ouId: string;
                                name: string;
                                /** @example Root/Workloads/Production */
                                path: string;
                                /** @description Accounts with results beneath this OU (nested included) */
                                accounts: number;
                                /** @example 120 */
                                total: number;
                                /** @example 90 */
                                PASS: number;
                                /**
                                 * @description Failures no mute covers
                                 * @example 20
                                 */
                                FAIL: number;
                                /** @example 4 */
                                ERROR: number;
                                /** @example 3 */
                                SKIPPED: number;
                                /** @example 1 */
                                MANUAL: number;
                                /**
                                 * @description Failures a mute covers (accepted risk): not counted as FAIL
                                 * @example 2
                                 */
                                muted: number;
                                /**
                                 * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                 * @example 0.8182
                                 */
                                passRate: number | null;
                            }[];
                            byRegion: {
                                region: string;
                                /** @example 120 */
                                total: number;
                                /** @example 90 */
                                PASS: number;
                                /**
                                 * @description Failures no mute covers
                                 * @example 20
                                 */
                                FAIL: number;
                                /** @example 4 */
                                ERROR: number;
                                /** @example 3 */
                                SKIPPED: number;
                                /** @example 1 */
                                MANUAL: number;
                                /**
                                 * @description Failures a mute covers (accepted risk): not counted as FAIL
                                 * @example 2
                                 */
                                muted: number;
                                /**
                                 * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                 * @example 0.8182
                                 */
                                passRate: number | null;
                            }[];
                            coverage: {
                                accountsWithResults: number;
                                /** @description Accounts of the organization (current) or of the scan */
                                accountsKnown: number;
                                /** @description ACTIVE accounts (current) or accounts of the scan with no result: not silently passing */
                                accountsWithoutResults: string[];
                                regions: string[];
                                /** @description Checks with at least one non-ERROR result */
                                checksEvaluated: number;
                                /** @description Checks that could not be evaluated somewhere (ERROR) */
                                checksWithErrors: number;
                                /** @description The scan (per-scan summary) or the last scan folded into the posture (current) */
                                scan: {
                                    /**
                                     * Format: uuid
                                     * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                     */
                                    id: string;
                                    status: "pending" | "running" | "completed" | "incomplete" | "partial" | "failed" | "cancelled";
                                    /**
                                     * Format: date-time
                                     * @example 2026-01-31T08:00:00.000Z
                                     */
                                    createdAt: string;
                                    finishedAt: string | null;
                                    coverage: {
                                        accounts: {
                                            total: number;
                                            pending: number;
                                            running: number;
                                            succeeded: number;
                                            failed: number;
                                            skipped: number;
                                            cancelled: number;
                                        };
                                        regionsScanned: string[];
                                        checksSelected: number;
                                        /** @description Checks with at least one non-ERROR finding */
                                        checksEvaluated: number;
                                        /** @description Checks with at least one ERROR finding */
                                        checksWithErrors: number;
                                        cells: {
                                            /** @description Cells with findings and no ERROR among them (SKIPPED counts as judged) */
                                            judged: number;
                                            /** @description Check × region cells: each regional check in each region scanned, each global check once */
                                            total: number;
                                            /** @description judged / total (1 when total is 0) */
                                            ratio: number;
                                            /** @description Cells counted (not judged) for each failed or cancelled account: the selected checks over the regions the scan covered */
                                            notScannedPerAccount: number;
                                        } | null;
                                    } | null;
                                } | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scans/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One scan's findings in numbers, with the scan's coverage */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Scan id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example default */
                            organizationId: string;
                            /** @description null: the current posture */
                            scanId: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            generatedAt: string;
                            /** StatusCounts */
                            totals: {
                                /** @example 120 */
                                total: number;
                                /** @example 90 */
                                PASS: number;
                                /**
                                 * @description Failures no mute covers
                                 * @example 20
                                 */
                                FAIL: number;
                                /** @example 4 */
                                ERROR: number;
                                /** @example 3 */
                                SKIPPED: number;
                                /** @example 1 */
                                MANUAL: number;
                                /**
                                 * @description Failures a mute covers (accepted risk): not counted as FAIL
                                 * @example 2
                                 */
                                muted: number;
                                /**
                                 * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                 * @example 0.8182
                                 */
                                passRate: number | null;
                            };
                            /** @description FAIL findings (not muted) by severity */
                            failedBySeverity: {
                                critical: number;
                                high: number;
                                medium: number;
                                low: number;
                                informational: number;
                            };
                            bySeverity: {
                                severity: "critical" | "high" | "medium" | "low" | "informational";
                                /** @example 120 */
                                total: number;
                                /** @example 90 */
                                PASS: number;
                                /**
                                 * @description Failures no mute covers
                                 * @example 20
                                 */
                                FAIL: number;
                                /** @example 4 */
                                ERROR: number;
                                /** @example 3 */
                                SKIPPED: number;
                                /** @example 1 */
                                MANUAL: number;
                                /**
                                 * @description Failures a mute covers (accepted risk): not counted as FAIL
                                 * @example 2
                                 */
                                muted: number;
                                /**
                                 * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                 * @example 0.8182
                                 */
                                passRate: number | null;
                            }[];
                            byCheck: {
                                checkId: string;
                                title: string | null;
                                service: string | null;
                                severity: "critical" | "high" | "medium" | "low" | "informational";
                                /** @example 120 */
                                total: number;
                                /** @example 90 */
                                PASS: number;
                                /**
                                 * @description Failures no mute covers
                                 * @example 20
                                 */
                                FAIL: number;
                                /** @example 4 */
                                ERROR: number;
                                /** @example 3 */
                                SKIPPED: number;
                                /** @example 1 */
                                MANUAL: number;
                                /**
                                 * @description Failures a mute covers (accepted risk): not counted as FAIL
                                 * @example 2
                                 */
                                muted: number;
                                /**
                                 * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                 * @example 0.8182
                                 */
                                passRate: number | null;
                            }[];
                            /** @description Per account, with its pass rate */
                            byAccount: {
                                accountId: string;
                                name: string | null;
                                ouPath: string | null;
                                /** @example 120 */
                                total: number;
                                /** @example 90 */
                                PASS: number;
                                /**
                                 * @description Failures no mute covers
                                 * @example 20
                                 */
                                FAIL: number;
                                /** @example 4 */
                                ERROR: number;
                                /** @example 3 */
                                SKIPPED: number;
                                /** @example 1 */
                                MANUAL: number;
                                /**
                                 * @description Failures a mute covers (accepted risk): not counted as FAIL
                                 * @example 2
                                 */
                                muted: number;
                                /**
                                 * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                 * @example 0.8182
                                 */
                                passRate: number | null;
                            }[];
                            /** @description Per OU and root, all accounts beneath it counted (nested OUs included) */
                            byOu: {
                                ouId: string;
                                name: string;
                                /** @example Root/Workloads/Production */
                                path: string;
                                /** @description Accounts with results beneath this OU (nested included) */
                                accounts: number;
                                /** @example 120 */
                                total: number;
                                /** @example 90 */
                                PASS: number;
                                /**
                                 * @description Failures no mute covers
                                 * @example 20
                                 */
                                FAIL: number;
                                /** @example 4 */
                                ERROR: number;
                                /** @example 3 */
                                SKIPPED: number;
                                /** @example 1 */
                                MANUAL: number;
                                /**
                                 * @description Failures a mute covers (accepted risk): not counted as FAIL
                                 * @example 2
                                 */
                                muted: number;
                                /**
                                 * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                 * @example 0.8182
                                 */
                                passRate: number | null;
                            }[];
                            byRegion: {
                                region: string;
                                /** @example 120 */
                                total: number;
                                /** @example 90 */
                                PASS: number;
                                /**
                                 * @description Failures no mute covers
                                 * @example 20
                                 */
                                FAIL: number;
                                /** @example 4 */
                                ERROR: number;
                                /** @example 3 */
                                SKIPPED: number;
                                /** @example 1 */
                                MANUAL: number;
                                /**
                                 * @description Failures a mute covers (accepted risk): not counted as FAIL
                                 * @example 2
                                 */
                                muted: number;
                                /**
                                 * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                 * @example 0.8182
                                 */
                                passRate: number | null;
                            }[];
                            coverage: {
                                accountsWithResults: number;
                                /** @description Accounts of the organization (current) or of the scan */
                                accountsKnown: number;
                                /** @description ACTIVE accounts (current) or accounts of the scan with no result: not silently passing */
                                accountsWithoutResults: string[];
                                regions: string[];
                                /** @description Checks with at least one non-ERROR result */
                                checksEvaluated: number;
                                /** @description Checks that could not be evaluated somewhere (ERROR) */
                                checksWithErrors: number;
                                /** @description The scan (per-scan summary) or the last scan folded into the posture (current) */
                                scan: {
                                    /**
                                     * Format: uuid
                                     * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                     */
                                    id: string;
                                    status: "pending" | "running" | "completed" | "incomplete" | "partial" | "failed" | "cancelled";
                                    /**
                                     * Format: date-time
                                     * @example 2026-01-31T08:00:00.000Z
                                     */
                                    createdAt: string;
                                    finishedAt: string | null;
                                    coverage: {
                                        accounts: {
                                            total: number;
                                            pending: number;
                                            running: number;
                                            succeeded: number;
                                            failed: number;
                                            skipped: number;
                                            cancelled: number;
                                        };
                                        regionsScanned: string[];
                                        checksSelected: number;
                                        /** @description Checks with at least one non-ERROR finding */
                                        checksEvaluated: number;
                                        /** @description Checks with at least one ERROR finding */
                                        checksWithErrors: number;
                                        cells: {
                                            /** @description Cells with findings and no ERROR among them (SKIPPED counts as judged) */
                                            judged: number;
                                            /** @description Check × region cells: each regional check in each region scanned, each global check once */
                                            total: number;
                                            /** @description judged / total (1 when total is 0) */
                                            ratio: number;
                                            /** @description Cells counted (not judged) for each failed or cancelled account: the selected checks over the regions the scan covered */
                                            notScannedPerAccount: number;
                                        } | null;
                                    } | null;
                                } | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scans/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed in a scan: new, resolved, regressed and reopened findings
         * @description Without against: the lifecycle recorded when the scan was finalized, relative to the posture before it (built by the previous scans of the organization); against names the previous final scan. With against: a pairwise comparison with that earlier scan of the same organization. A resource that disappeared counts as resolved only when the later scan evaluated its account, region and check without an ERROR. Unchanged findings are counted, not listed.
         */
        get: {
            parameters: {
                query: {
                    /** @description Compare with this earlier scan */
                    against?: string;
                    /** @description Only these changes */
                    change?: ("new" | "resolved" | "regressed" | "reopened")[];
                    /** @description Items per page */
                    limit: number;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description Scan id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            scanId: string;
                            /** @description The earlier scan; null: the first scan */
                            against: string | null;
                            /** @description recorded: the lifecycle recorded at finalize, relative to the posture before the scan (no against); pairwise: this scan compared with `against` */
                            mode: "recorded" | "pairwise";
                            counts: {
                                /** @example 3 */
                                new: number;
                                /** @example 5 */
                                resolved: number;
                                /** @example 1 */
                                regressed: number;
                                /** @example 0 */
                                reopened: number;
                                /** @example 412 */
                                unchanged: number;
                            };
                            items: {
                                /**
                                 * @description Stable id of (organization, account, region, check, resource)
                                 * @example 6f1d0c3a9b8e4f2a7c5d1e0b3a9f8c7d
                                 */
                                fingerprint: string;
                                change: "new" | "resolved" | "regressed" | "reopened";
                                previousStatus: ("PASS" | "FAIL" | "ERROR" | "SKIPPED" | "MANUAL") | null;
                                /** @description null: the resource is gone */
                                status: ("PASS" | "FAIL" | "ERROR" | "SKIPPED" | "MANUAL") | null;
                                accountId: string;
                                region: string;
                                checkId: string;
                                /**
                                 * @description The resource's ARN where AWS has one. The account itself: `arn:<partition>:account::<account>:account` (its AWS Account Management ARN); a regional setting of the account (EBS default encryption, a region's Security Hub): that ARN followed by `/<region>`.
                                 * @example arn:aws:iam::123456789012:user/alice
                                 * @example arn:aws:account::123456789012:account/eu-west-1
                                 */
                                resourceId: string;
                                resourceType: string;
                                severity: "critical" | "high" | "medium" | "low" | "informational";
                                muted: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts of an organization: current posture (counts, pass rate) and last scan of each */
        get: {
            parameters: {
                query: {
                    /**
                     * @description Organization id (default: the organization from configuration)
                     * @example default
                     */
                    organizationId?: string;
                    /** @description Items per page */
                    limit: number;
                    cursor?: string;
                    /** @description Accounts under this OU */
                    ouId?: string;
                    /** @example ACTIVE */
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @example 123456789012 */
                                accountId: string;
                                name: string;
                                email: string | null;
                                /**
                                 * @description As Organizations reports it
                                 * @example ACTIVE
                                 */
                                state: string;
                                /** @description Root, then each OU down to the parent */
                                ouIds: string[];
                                /** @example Root/Workloads/Production */
                                ouPath: string;
                                /** StatusCounts */
                                posture: {
                                    /** @example 120 */
                                    total: number;
                                    /** @example 90 */
                                    PASS: number;
                                    /**
                                     * @description Failures no mute covers
                                     * @example 20
                                     */
                                    FAIL: number;
                                    /** @example 4 */
                                    ERROR: number;
                                    /** @example 3 */
                                    SKIPPED: number;
                                    /** @example 1 */
                                    MANUAL: number;
                                    /**
                                     * @description Failures a mute covers (accepted risk): not counted as FAIL
                                     * @example 2
                                     */
                                    muted: number;
                                    /**
                                     * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                     * @example 0.8182
                                     */
                                    passRate: number | null;
                                };
                                failedBySeverity: {
                                    critical: number;
                                    high: number;
                                    medium: number;
                                    low: number;
                                    informational: number;
                                };
                                lastScan: {
                                    /**
                                     * Format: uuid
                                     * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                     */
                                    scanId: string;
                                    /**
                                     * Format: date-time
                                     * @example 2026-01-31T08:00:00.000Z
                                     */
                                    scanCreatedAt: string;
                                    status: "pending" | "running" | "succeeded" | "failed" | "skipped" | "cancelled";
                                    reason: {
                                        category: string;
                                        detail: string;
                                    } | null;
                                    finishedAt: string | null;
                                    coverage: {
                                        /** @description Cells with findings and no ERROR among them (SKIPPED counts as judged) */
                                        judged: number;
                                        /** @description Check × region cells: each regional check in each region scanned, each global check once */
                                        total: number;
                                        /** @description judged / total (1 when total is 0) */
                                        ratio: number;
                                    } | null;
                                } | null;
                            }[];
                            /** @description Pass as cursor for the next page; null at the end */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account: current posture and last scan */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Organization id (default: the organization from configuration)
                     * @example default
                     */
                    organizationId?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description Account id
                     * @example 123456789012
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example 123456789012 */
                            accountId: string;
                            name: string;
                            email: string | null;
                            /**
                             * @description As Organizations reports it
                             * @example ACTIVE
                             */
                            state: string;
                            /** @description Root, then each OU down to the parent */
                            ouIds: string[];
                            /** @example Root/Workloads/Production */
                            ouPath: string;
                            /** StatusCounts */
                            posture: {
                                /** @example 120 */
                                total: number;
                                /** @example 90 */
                                PASS: number;
                                /**
                                 * @description Failures no mute covers
                                 * @example 20
                                 */
                                FAIL: number;
                                /** @example 4 */
                                ERROR: number;
                                /** @example 3 */
                                SKIPPED: number;
                                /** @example 1 */
                                MANUAL: number;
                                /**
                                 * @description Failures a mute covers (accepted risk): not counted as FAIL
                                 * @example 2
                                 */
                                muted: number;
                                /**
                                 * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                 * @example 0.8182
                                 */
                                passRate: number | null;
                            };
                            failedBySeverity: {
                                critical: number;
                                high: number;
                                medium: number;
                                low: number;
                                informational: number;
                            };
                            lastScan: {
                                /**
                                 * Format: uuid
                                 * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                 */
                                scanId: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                scanCreatedAt: string;
                                status: "pending" | "running" | "succeeded" | "failed" | "skipped" | "cancelled";
                                reason: {
                                    category: string;
                                    detail: string;
                                } | null;
                                finishedAt: string | null;
                                coverage: {
                                    /** @description Cells with findings and no ERROR among them (SKIPPED counts as judged) */
                                    judged: number;
                                    /** @description Check × region cells: each regional check in each region scanned, each global check once */
                                    total: number;
                                    /** @description judged / total (1 when total is 0) */
                                    ratio: number;
                                } | null;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compliance/{framework}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current compliance with a framework: each requirement per account, with totals
         * @description FAIL if a mapped check fails (muted failures excepted), ERROR if one could not be evaluated, NOT_EVALUATED if one has no result, MANUAL for requirements no check decides (with the guidance), PASS otherwise. Requirement status over the organization is the worst of its accounts.
         */
        get: {
            parameters: {
                query: {
                    /**
                     * @description Organization id (default: the organization from configuration)
                     * @example default
                     */
                    organizationId?: string;
                    /** @description Only these accounts */
                    accountId?: string[];
                    /**
                     * @description Organizational unit (or root) id; accounts in nested OUs are included
                     * @example ou-ab12-cdef3456
                     */
                    ouId?: string;
                    /** @description Accounts per page */
                    limit: number;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @example cis-aws-7.0.0 */
                    framework: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            framework: {
                                /** @example cis-aws-7.0.0 */
                                id: string;
                                name: string;
                                version: string;
                            };
                            organizationId: string;
                            /** @description null: the current posture */
                            scanId: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            generatedAt: string;
                            totals: {
                                accounts: number;
                                /** ComplianceStatusTotals */
                                requirements: {
                                    FAIL: number;
                                    ERROR: number;
                                    NOT_EVALUATED: number;
                                    MANUAL: number;
                                    PASS: number;
                                };
                                /** ComplianceStatusTotals */
                                accountRequirements: {
                                    FAIL: number;
                                    ERROR: number;
                                    NOT_EVALUATED: number;
                                    MANUAL: number;
                                    PASS: number;
                                };
                            };
                            requirements: {
                                /** @example 2.4 */
                                id: string;
                                title: string;
                                section: string;
                                level: ("L1" | "L2") | null;
                                evaluation: "automated" | "manual";
                                /** @description What a human verifies (MANUAL) or how it is judged */
                                guidance: string;
                                checks: string[];
                                /** @description FAIL: a mapped check failed (muted failures excepted); ERROR: could not be evaluated; NOT_EVALUATED: a mapped check has no result; MANUAL: needs a human (see guidance); PASS: every mapped check passed */
                                status: "FAIL" | "ERROR" | "NOT_EVALUATED" | "MANUAL" | "PASS";
                                /** ComplianceStatusTotals */
                                accounts: {
                                    FAIL: number;
                                    ERROR: number;
                                    NOT_EVALUATED: number;
                                    MANUAL: number;
                                    PASS: number;
                                };
                                /** @description Link to the failing and unevaluable findings behind the requirement; null for manual */
                                findings: string | null;
                            }[];
                            accounts: {
                                items: {
                                    accountId: string;
                                    name: string;
                                    ouPath: string;
                                    outcome: "evaluated" | "unreachable" | "not-evaluated";
                                    /** ComplianceStatusTotals */
                                    totals: {
                                        FAIL: number;
                                        ERROR: number;
                                        NOT_EVALUATED: number;
                                        MANUAL: number;
                                        PASS: number;
                                    };
                                    /** @description Requirement id → status */
                                    requirements: {
                                        [key: string]: "FAIL" | "ERROR" | "NOT_EVALUATED" | "MANUAL" | "PASS";
                                    };
                                }[];
                                nextCursor: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scans/{id}/compliance/{framework}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compliance with a framework as one scan found it (an unreachable account is ERROR) */
        get: {
            parameters: {
                query: {
                    /** @description Only these accounts */
                    accountId?: string[];
                    /**
                     * @description Organizational unit (or root) id; accounts in nested OUs are included
                     * @example ou-ab12-cdef3456
                     */
                    ouId?: string;
                    /** @description Accounts per page */
                    limit: number;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description Scan id */
                    id: string;
                    /** @example cis-aws-7.0.0 */
                    framework: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            framework: {
                                /** @example cis-aws-7.0.0 */
                                id: string;
                                name: string;
                                version: string;
                            };
                            organizationId: string;
                            /** @description null: the current posture */
                            scanId: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            generatedAt: string;
                            totals: {
                                accounts: number;
                                /** ComplianceStatusTotals */
                                requirements: {
                                    FAIL: number;
                                    ERROR: number;
                                    NOT_EVALUATED: number;
                                    MANUAL: number;
                                    PASS: number;
                                };
                                /** ComplianceStatusTotals */
                                accountRequirements: {
                                    FAIL: number;
                                    ERROR: number;
                                    NOT_EVALUATED: number;
                                    MANUAL: number;
                                    PASS: number;
                                };
                            };
                            requirements: {
                                /** @example 2.4 */
                                id: string;
                                title: string;
                                section: string;
                                level: ("L1" | "L2") | null;
                                evaluation: "automated" | "manual";
                                /** @description What a human verifies (MANUAL) or how it is judged */
                                guidance: string;
                                checks: string[];
                                /** @description FAIL: a mapped check failed (muted failures excepted); ERROR: could not be evaluated; NOT_EVALUATED: a mapped check has no result; MANUAL: needs a human (see guidance); PASS: every mapped check passed */
                                status: "FAIL" | "ERROR" | "NOT_EVALUATED" | "MANUAL" | "PASS";
                                /** ComplianceStatusTotals */
                                accounts: {
                                    FAIL: number;
                                    ERROR: number;
                                    NOT_EVALUATED: number;
                                    MANUAL: number;
                                    PASS: number;
                                };
                                /** @description Link to the failing and unevaluable findings behind the requirement; null for manual */
                                findings: string | null;
                            }[];
                            accounts: {
                                items: {
                                    accountId: string;
                                    name: string;
                                    ouPath: string;
                                    outcome: "evaluated" | "unreachable" | "not-evaluated";
                                    /** ComplianceStatusTotals */
                                    totals: {
                                        FAIL: number;
                                        ERROR: number;
                                        NOT_EVALUATED: number;
                                        MANUAL: number;
                                        PASS: number;
                                    };
                                    /** @description Requirement id → status */
                                    requirements: {
                                        [key: string]: "FAIL" | "ERROR" | "NOT_EVALUATED" | "MANUAL" | "PASS";
                                    };
                                }[];
                                nextCursor: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mutes, oldest first (the order in which they win when several match) */
        get: {
            parameters: {
                query: {
                    /**
                     * @description Organization id (default: the organization from configuration)
                     * @example default
                     */
                    organizationId?: string;
                    /** @description true: mutes that still apply; false: lapsed ones */
                    active?: boolean;
                    /** @description Items per page */
                    limit: number;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                 */
                                id: string;
                                /** @example default */
                                organizationId: string;
                                /** @description Only this account */
                                accountId: string | null;
                                /** @description Only accounts under this OU (nested included) */
                                ouId: string | null;
                                region: string | null;
                                checkId: string | null;
                                /** @description Glob over the resource id: * any characters, ? one character */
                                resourcePattern: string | null;
                                /** @example Break-glass user; MFA device kept in the safe (RISK-142) */
                                reason: string;
                                /** @example secops@example.com */
                                owner: string;
                                expiresAt: string | null;
                                /** @description expiresAt has passed (the mute stops applying at the next scan) */
                                expired: boolean;
                                /** @description When a scan found the mute expired: from then on it covers nothing */
                                lapsedAt: string | null;
                                /** @description Current findings this mute covers */
                                findingsMuted: number;
                                /** @description Name of the API key that created it */
                                createdBy: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                updatedAt: string;
                            }[];
                            /** @description Pass as cursor for the next page; null at the end */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Mute findings: accept a risk, with a reason, an owner and an optional expiry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description At least one scope field (accountId, ouId, region, checkId, resourcePattern) is required */
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "accountId": "123456789012",
                     *       "checkId": "iam-user-console-mfa-enabled",
                     *       "resourcePattern": "arn:aws:iam::123456789012:user/break-glass",
                     *       "reason": "Break-glass user; MFA device kept in the safe (RISK-142)",
                     *       "owner": "secops@example.com",
                     *       "expiresAt": "2026-12-31T00:00:00Z"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Organization id (default: the organization from configuration)
                         * @example default
                         */
                        organizationId?: string;
                        /** @description Only this account */
                        accountId?: string | null;
                        /** @description Only accounts under this OU (nested included) */
                        ouId?: string | null;
                        region?: string | null;
                        checkId?: string | null;
                        /** @description Glob over the resource id: * any characters, ? one character */
                        resourcePattern?: string | null;
                        /** @description Why the risk is accepted */
                        reason: string;
                        /** @description Who answers for it */
                        owner: string;
                        /** @description After this time the next scan un-mutes the findings and reports them reopened */
                        expiresAt?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            id: string;
                            /** @example default */
                            organizationId: string;
                            /** @description Only this account */
                            accountId: string | null;
                            /** @description Only accounts under this OU (nested included) */
                            ouId: string | null;
                            region: string | null;
                            checkId: string | null;
                            /** @description Glob over the resource id: * any characters, ? one character */
                            resourcePattern: string | null;
                            /** @example Break-glass user; MFA device kept in the safe (RISK-142) */
                            reason: string;
                            /** @example secops@example.com */
                            owner: string;
                            expiresAt: string | null;
                            /** @description expiresAt has passed (the mute stops applying at the next scan) */
                            expired: boolean;
                            /** @description When a scan found the mute expired: from then on it covers nothing */
                            lapsedAt: string | null;
                            /** @description Current findings this mute covers */
                            findingsMuted: number;
                            /** @description Name of the API key that created it */
                            createdBy: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mutes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One mute, with how many current findings it covers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Mute id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            id: string;
                            /** @example default */
                            organizationId: string;
                            /** @description Only this account */
                            accountId: string | null;
                            /** @description Only accounts under this OU (nested included) */
                            ouId: string | null;
                            region: string | null;
                            checkId: string | null;
                            /** @description Glob over the resource id: * any characters, ? one character */
                            resourcePattern: string | null;
                            /** @example Break-glass user; MFA device kept in the safe (RISK-142) */
                            reason: string;
                            /** @example secops@example.com */
                            owner: string;
                            expiresAt: string | null;
                            /** @description expiresAt has passed (the mute stops applying at the next scan) */
                            expired: boolean;
                            /** @description When a scan found the mute expired: from then on it covers nothing */
                            lapsedAt: string | null;
                            /** @description Current findings this mute covers */
                            findingsMuted: number;
                            /** @description Name of the API key that created it */
                            createdBy: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a mute: its findings count again at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Mute id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a mute: scope, reason, owner or expiry (a new future expiry revives a lapsed mute) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Mute id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "expiresAt": "2027-03-31T00:00:00Z"
                     *     }
                     */
                    "application/json": {
                        /** @description Only this account */
                        accountId?: string | null;
                        /** @description Only accounts under this OU (nested included) */
                        ouId?: string | null;
                        region?: string | null;
                        checkId?: string | null;
                        /** @description Glob over the resource id: * any characters, ? one character */
                        resourcePattern?: string | null;
                        /** @description Why the risk is accepted */
                        reason?: string;
                        /** @description Who answers for it */
                        owner?: string;
                        /** @description After this time the next scan un-mutes the findings and reports them reopened */
                        expiresAt?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            id: string;
                            /** @example default */
                            organizationId: string;
                            /** @description Only this account */
                            accountId: string | null;
                            /** @description Only accounts under this OU (nested included) */
                            ouId: string | null;
                            region: string | null;
                            checkId: string | null;
                            /** @description Glob over the resource id: * any characters, ? one character */
                            resourcePattern: string | null;
                            /** @example Break-glass user; MFA device kept in the safe (RISK-142) */
                            reason: string;
                            /** @example secops@example.com */
                            owner: string;
                            expiresAt: string | null;
                            /** @description expiresAt has passed (the mute stops applying at the next scan) */
                            expired: boolean;
                            /** @description When a scan found the mute expired: from then on it covers nothing */
                            lapsedAt: string | null;
                            /** @description Current findings this mute covers */
                            findingsMuted: number;
                            /** @description Name of the API key that created it */
                            createdBy: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organizations orgscan scans */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @example acme-prod */
                                id: string;
                                /** @example Acme production organization */
                                name: string;
                                /** @description The organization from configuration (its access settings come from there) */
                                default: boolean;
                                /** @example o-a1b2c3d4e5 */
                                awsOrganizationId: string | null;
                                managementAccountId: string | null;
                                /** @description Role in the management (or delegated-admin) account to list accounts; null: own credentials */
                                managementRoleArn: string | null;
                                /** @description Whether a management ExternalId is configured */
                                managementExternalIdSet: boolean;
                                /** @example OrgScanReadOnly */
                                memberRoleName: string;
                                /** @description Whether a member ExternalId is configured (never returned) */
                                externalIdSet: boolean;
                                /** @description Only these regions; null: every enabled region */
                                regionAllowList: string[] | null;
                                /** @description Only accounts under these OUs (nested included); empty: all */
                                ouInclude: string[];
                                /** @description Never accounts under these OUs (nested included); wins over ouInclude */
                                ouExclude: string[];
                                /** @description Only accounts whose tags match every filter (one of its values) */
                                accountTagFilters: {
                                    /** @example environment */
                                    key: string;
                                    /**
                                     * @example [
                                     *       "prod",
                                     *       "staging"
                                     *     ]
                                     */
                                    values: string[];
                                }[];
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an organization: how to reach it (roles, ExternalIds) and what its scans cover */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "acme-prod",
                     *       "name": "Acme production organization",
                     *       "managementRoleArn": "arn:aws:iam::111111111111:role/OrgScanOrganizationReader",
                     *       "memberRoleName": "OrgScanReadOnly",
                     *       "externalId": "acme-4f1d9c",
                     *       "ouExclude": [
                     *         "ou-ab12-sandbox1"
                     *       ],
                     *       "accountTagFilters": [
                     *         {
                     *           "key": "environment",
                     *           "values": [
                     *             "prod"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Organization id (default: the organization from configuration)
                         * @example default
                         */
                        id: string;
                        /** @example Acme production organization */
                        name: string;
                        /** @description Role in the management (or delegated-admin) account to list accounts; null: own credentials */
                        managementRoleArn?: string | null;
                        /** @description ExternalId of the management role's trust policy (write-only) */
                        managementExternalId?: string | null;
                        /** @example OrgScanReadOnly */
                        memberRoleName?: string;
                        /** @description ExternalId the member role trust policy requires (write-only: never returned) */
                        externalId?: string | null;
                        /** @description Only these regions; null: every enabled region */
                        regionAllowList?: string[] | null;
                        /** @description Only accounts under these OUs (nested included); empty: all */
                        ouInclude?: string[];
                        /** @description Never accounts under these OUs (nested included); wins over ouInclude */
                        ouExclude?: string[];
                        /** @description Only accounts whose tags match every filter (one of its values) */
                        accountTagFilters?: {
                            /** @example environment */
                            key: string;
                            /**
                             * @example [
                             *       "prod",
                             *       "staging"
                             *     ]
                             */
                            values: string[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example acme-prod */
                            id: string;
                            /** @example Acme production organization */
                            name: string;
                            /** @description The organization from configuration (its access settings come from there) */
                            default: boolean;
                            /** @example o-a1b2c3d4e5 */
                            awsOrganizationId: string | null;
                            managementAccountId: string | null;
                            /** @description Role in the management (or delegated-admin) account to list accounts; null: own credentials */
                            managementRoleArn: string | null;
                            /** @description Whether a management ExternalId is configured */
                            managementExternalIdSet: boolean;
                            /** @example OrgScanReadOnly */
                            memberRoleName: string;
                            /** @description Whether a member ExternalId is configured (never returned) */
                            externalIdSet: boolean;
                            /** @description Only these regions; null: every enabled region */
                            regionAllowList: string[] | null;
                            /** @description Only accounts under these OUs (nested included); empty: all */
                            ouInclude: string[];
                            /** @description Never accounts under these OUs (nested included); wins over ouInclude */
                            ouExclude: string[];
                            /** @description Only accounts whose tags match every filter (one of its values) */
                            accountTagFilters: {
                                /** @example environment */
                                key: string;
                                /**
                                 * @example [
                                 *       "prod",
                                 *       "staging"
                                 *     ]
                                 */
                                values: string[];
                            }[];
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organization */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description Organization id (default: the organization from configuration)
                     * @example default
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example acme-prod */
                            id: string;
                            /** @example Acme production organization */
                            name: string;
                            /** @description The organization from configuration (its access settings come from there) */
                            default: boolean;
                            /** @example o-a1b2c3d4e5 */
                            awsOrganizationId: string | null;
                            managementAccountId: string | null;
                            /** @description Role in the management (or delegated-admin) account to list accounts; null: own credentials */
                            managementRoleArn: string | null;
                            /** @description Whether a management ExternalId is configured */
                            managementExternalIdSet: boolean;
                            /** @example OrgScanReadOnly */
                            memberRoleName: string;
                            /** @description Whether a member ExternalId is configured (never returned) */
                            externalIdSet: boolean;
                            /** @description Only these regions; null: every enabled region */
                            regionAllowList: string[] | null;
                            /** @description Only accounts under these OUs (nested included); empty: all */
                            ouInclude: string[];
                            /** @description Never accounts under these OUs (nested included); wins over ouInclude */
                            ouExclude: string[];
                            /** @description Only accounts whose tags match every filter (one of its values) */
                            accountTagFilters: {
                                /** @example environment */
                                key: string;
                                /**
                                 * @example [
                                 *       "prod",
                                 *       "staging"
                                 *     ]
                                 */
                                values: string[];
                            }[];
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an organization with its scans, findings, posture and mutes (409 while a scan runs) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description Organization id (default: the organization from configuration)
                     * @example default
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an organization's access settings or scope (applies to the next scan) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description Organization id (default: the organization from configuration)
                     * @example default
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "ouExclude": [
                     *         "ou-ab12-sandbox1"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @example Acme production organization */
                        name?: string;
                        /** @description Role in the management (or delegated-admin) account to list accounts; null: own credentials */
                        managementRoleArn?: string | null;
                        /** @description ExternalId of the management role's trust policy (write-only) */
                        managementExternalId?: string | null;
                        /** @example OrgScanReadOnly */
                        memberRoleName?: string;
                        /** @description ExternalId the member role trust policy requires (write-only: never returned) */
                        externalId?: string | null;
                        /** @description Only these regions; null: every enabled region */
                        regionAllowList?: string[] | null;
                        /** @description Only accounts under these OUs (nested included); empty: all */
                        ouInclude?: string[];
                        /** @description Never accounts under these OUs (nested included); wins over ouInclude */
                        ouExclude?: string[];
                        /** @description Only accounts whose tags match every filter (one of its values) */
                        accountTagFilters?: {
                            /** @example environment */
                            key: string;
                            /**
                             * @example [
                             *       "prod",
                             *       "staging"
                             *     ]
                             */
                            values: string[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example acme-prod */
                            id: string;
                            /** @example Acme production organization */
                            name: string;
                            /** @description The organization from configuration (its access settings come from there) */
                            default: boolean;
                            /** @example o-a1b2c3d4e5 */
                            awsOrganizationId: string | null;
                            managementAccountId: string | null;
                            /** @description Role in the management (or delegated-admin) account to list accounts; null: own credentials */
                            managementRoleArn: string | null;
                            /** @description Whether a management ExternalId is configured */
                            managementExternalIdSet: boolean;
                            /** @example OrgScanReadOnly */
                            memberRoleName: string;
                            /** @description Whether a member ExternalId is configured (never returned) */
                            externalIdSet: boolean;
                            /** @description Only these regions; null: every enabled region */
                            regionAllowList: string[] | null;
                            /** @description Only accounts under these OUs (nested included); empty: all */
                            ouInclude: string[];
                            /** @description Never accounts under these OUs (nested included); wins over ouInclude */
                            ouExclude: string[];
                            /** @description Only accounts whose tags match every filter (one of its values) */
                            accountTagFilters: {
                                /** @example environment */
                                key: string;
                                /**
                                 * @example [
                                 *       "prod",
                                 *       "staging"
                                 *     ]
                                 */
                                values: string[];
                            }[];
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys, newest first (never the keys themselves) */
        get: {
            parameters: {
                query: {
                    /** @description Items per page */
                    limit: number;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                 */
                                id: string;
                                /** @example ci-reporting */
                                name: string;
                                /** @description viewer: read; operator: + start, cancel, retry scans; admin: + keys, mutes, organizations, schedules, webhooks */
                                role: "viewer" | "operator" | "admin";
                                /**
                                 * @description First characters of the key, to recognise it
                                 * @example osk_3kT9aQ1z
                                 */
                                keyPrefix: string;
                                createdBy: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                createdAt: string;
                                expiresAt: string | null;
                                /** @description Updated at most once a minute */
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            }[];
                            /** @description Pass as cursor for the next page; null at the end */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key; the key is in this response only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "ci-reporting",
                     *       "role": "viewer"
                     *     }
                     */
                    "application/json": {
                        /** @example ci-reporting */
                        name: string;
                        /** @description viewer: read; operator: + start, cancel, retry scans; admin: + keys, mutes, organizations, schedules, webhooks */
                        role: "viewer" | "operator" | "admin";
                        /** @description The key stops working after this time */
                        expiresAt?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            id: string;
                            /** @example ci-reporting */
                            name: string;
                            /** @description viewer: read; operator: + start, cancel, retry scans; admin: + keys, mutes, organizations, schedules, webhooks */
                            role: "viewer" | "operator" | "admin";
                            /**
                             * @description First characters of the key, to recognise it
                             * @example osk_3kT9aQ1z
                             */
                            keyPrefix: string;
                            createdBy: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            expiresAt: string | null;
                            /** @description Updated at most once a minute */
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            /**
                             * @description The key: shown only in this response, stored only as a hash
                             * @example osk_3kT9aQ1zR0cXh8m2Vb7nLw4pYe6uJd5sKf1gHa9tZq0
                             */
                            key: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One API key (never the key itself) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description API key id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            id: string;
                            /** @example ci-reporting */
                            name: string;
                            /** @description viewer: read; operator: + start, cancel, retry scans; admin: + keys, mutes, organizations, schedules, webhooks */
                            role: "viewer" | "operator" | "admin";
                            /**
                             * @description First characters of the key, to recognise it
                             * @example osk_3kT9aQ1z
                             */
                            keyPrefix: string;
                            createdBy: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            expiresAt: string | null;
                            /** @description Updated at most once a minute */
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Revoke an API key: it and its dashboard sessions stop working at once (kept for the audit trail) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description API key id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log: who changed what, when, with what outcome (denied attempts included), newest first */
        get: {
            parameters: {
                query: {
                    /** @description Items per page */
                    limit: number;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    actorId?: string;
                    /** @example scan.start */
                    action?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                at: string;
                                actor: {
                                    /** @description API key id, or bootstrap */
                                    id: string;
                                    name: string;
                                    /** @example admin */
                                    role: string;
                                    /** @description api-key: the key itself was presented; session: a dashboard session opened with it */
                                    via: "api-key" | "session";
                                };
                                /** @example mute.create */
                                action: string;
                                /** @example POST */
                                method: string;
                                /** @example /v1/mutes */
                                path: string;
                                resourceId: string | null;
                                /**
                                 * @description The answer: denied and failed attempts are recorded too
                                 * @example 201
                                 */
                                statusCode: number;
                                requestId: string;
                                remoteIp: string | null;
                                /** @description Parameters and body of the request, secrets removed */
                                details: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            /** @description Pass as cursor for the next page; null at the end */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scan schedules, oldest first (all organizations unless organizationId is given) */
        get: {
            parameters: {
                query: {
                    /**
                     * @description Organization id (default: the organization from configuration)
                     * @example default
                     */
                    organizationId?: string;
                    /** @description Items per page */
                    limit: number;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                 */
                                id: string;
                                /** @example default */
                                organizationId: string;
                                name: string;
                                cron: string;
                                timezone: string;
                                scope: {
                                    /** @description Run these checks */
                                    checks?: string[];
                                    /** @description Run the checks mapped to these frameworks (added to checks) */
                                    frameworks?: {
                                        /** @example cis-aws-7.0.0 */
                                        id: string;
                                        /** @description Only these requirement ids (e.g. 2.4, S3.1, AC-2(1)); absent: the whole framework */
                                        requirements?: string[];
                                    }[];
                                    /** @description Only checks of these services (narrows checks/frameworks, or alone selects by service) */
                                    services?: string[];
                                    /** @description Scan only these regions */
                                    regions?: string[];
                                } | null;
                                enabled: boolean;
                                /** @description The next three runs (empty while disabled) */
                                nextRuns: string[];
                                lastRun: {
                                    /**
                                     * Format: uuid
                                     * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                     */
                                    id: string;
                                    /**
                                     * Format: date-time
                                     * @example 2026-01-31T08:00:00.000Z
                                     */
                                    firedAt: string;
                                    /** @description started: a scan was started; skipped: the previous scan of the organization was still running; failed: the scan could not be started (reason says why); pending: being started */
                                    outcome: "pending" | "started" | "skipped" | "failed";
                                    scanId: string | null;
                                    reason: string | null;
                                    /**
                                     * Format: date-time
                                     * @example 2026-01-31T08:00:00.000Z
                                     */
                                    recordedAt: string;
                                } | null;
                                /** @description Name of the API key that created it */
                                createdBy: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                updatedAt: string;
                            }[];
                            /** @description Pass as cursor for the next page; null at the end */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Schedule scans of an organization (cron + time zone)
         * @description When a run is due while the organization's previous scan is still running, the run is skipped and recorded (GET /v1/schedules/{id}/runs), never queued behind it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "Nightly CIS scan",
                     *       "cron": "0 2 * * *",
                     *       "timezone": "Europe/Paris",
                     *       "scope": {
                     *         "frameworks": [
                     *           {
                     *             "id": "cis-aws-7.0.0"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Organization id (default: the organization from configuration)
                         * @example default
                         */
                        organizationId?: string;
                        /** @example Nightly CIS scan */
                        name: string;
                        /**
                         * @description Cron expression: 5 fields (minute hour day-of-month month day-of-week), 6 with seconds first, or @daily…
                         * @example 0 2 * * *
                         */
                        cron: string;
                        /**
                         * @description IANA time zone the cron expression is read in
                         * @default UTC
                         * @example Europe/Paris
                         */
                        timezone?: string;
                        /** @description null or absent: every check and region */
                        scope?: {
                            /** @description Run these checks */
                            checks?: string[];
                            /** @description Run the checks mapped to these frameworks (added to checks) */
                            frameworks?: {
                                /** @example cis-aws-7.0.0 */
                                id: string;
                                /** @description Only these requirement ids (e.g. 2.4, S3.1, AC-2(1)); absent: the whole framework */
                                requirements?: string[];
                            }[];
                            /** @description Only checks of these services (narrows checks/frameworks, or alone selects by service) */
                            services?: string[];
                            /** @description Scan only these regions */
                            regions?: string[];
                        } | null;
                        /** @default true */
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            id: string;
                            /** @example default */
                            organizationId: string;
                            name: string;
                            cron: string;
                            timezone: string;
                            scope: {
                                /** @description Run these checks */
                                checks?: string[];
                                /** @description Run the checks mapped to these frameworks (added to checks) */
                                frameworks?: {
                                    /** @example cis-aws-7.0.0 */
                                    id: string;
                                    /** @description Only these requirement ids (e.g. 2.4, S3.1, AC-2(1)); absent: the whole framework */
                                    requirements?: string[];
                                }[];
                                /** @description Only checks of these services (narrows checks/frameworks, or alone selects by service) */
                                services?: string[];
                                /** @description Scan only these regions */
                                regions?: string[];
                            } | null;
                            enabled: boolean;
                            /** @description The next three runs (empty while disabled) */
                            nextRuns: string[];
                            lastRun: {
                                /**
                                 * Format: uuid
                                 * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                firedAt: string;
                                /** @description started: a scan was started; skipped: the previous scan of the organization was still running; failed: the scan could not be started (reason says why); pending: being started */
                                outcome: "pending" | "started" | "skipped" | "failed";
                                scanId: string | null;
                                reason: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                recordedAt: string;
                            } | null;
                            /** @description Name of the API key that created it */
                            createdBy: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One schedule, with its next runs and its last run */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Schedule id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            id: string;
                            /** @example default */
                            organizationId: string;
                            name: string;
                            cron: string;
                            timezone: string;
                            scope: {
                                /** @description Run these checks */
                                checks?: string[];
                                /** @description Run the checks mapped to these frameworks (added to checks) */
                                frameworks?: {
                                    /** @example cis-aws-7.0.0 */
                                    id: string;
                                    /** @description Only these requirement ids (e.g. 2.4, S3.1, AC-2(1)); absent: the whole framework */
                                    requirements?: string[];
                                }[];
                                /** @description Only checks of these services (narrows checks/frameworks, or alone selects by service) */
                                services?: string[];
                                /** @description Scan only these regions */
                                regions?: string[];
                            } | null;
                            enabled: boolean;
                            /** @description The next three runs (empty while disabled) */
                            nextRuns: string[];
                            lastRun: {
                                /**
                                 * Format: uuid
                                 * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                firedAt: string;
                                /** @description started: a scan was started; skipped: the previous scan of the organization was still running; failed: the scan could not be started (reason says why); pending: being started */
                                outcome: "pending" | "started" | "skipped" | "failed";
                                scanId: string | null;
                                reason: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                recordedAt: string;
                            } | null;
                            /** @description Name of the API key that created it */
                            createdBy: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a schedule (its job scheduler is removed; scans it started are kept) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Schedule id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a schedule: name, cron, time zone, scope, or enable / disable it */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Schedule id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "enabled": false
                     *     }
                     */
                    "application/json": {
                        /** @example Nightly CIS scan */
                        name?: string;
                        /**
                         * @description Cron expression: 5 fields (minute hour day-of-month month day-of-week), 6 with seconds first, or @daily…
                         * @example 0 2 * * *
                         */
                        cron?: string;
                        /**
                         * @description IANA time zone the cron expression is read in
                         * @example Europe/Paris
                         */
                        timezone?: string;
                        /** @description null or absent: every check and region */
                        scope?: {
                            /** @description Run these checks */
                            checks?: string[];
                            /** @description Run the checks mapped to these frameworks (added to checks) */
                            frameworks?: {
                                /** @example cis-aws-7.0.0 */
                                id: string;
                                /** @description Only these requirement ids (e.g. 2.4, S3.1, AC-2(1)); absent: the whole framework */
                                requirements?: string[];
                            }[];
                            /** @description Only checks of these services (narrows checks/frameworks, or alone selects by service) */
                            services?: string[];
                            /** @description Scan only these regions */
                            regions?: string[];
                        } | null;
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            id: string;
                            /** @example default */
                            organizationId: string;
                            name: string;
                            cron: string;
                            timezone: string;
                            scope: {
                                /** @description Run these checks */
                                checks?: string[];
                                /** @description Run the checks mapped to these frameworks (added to checks) */
                                frameworks?: {
                                    /** @example cis-aws-7.0.0 */
                                    id: string;
                                    /** @description Only these requirement ids (e.g. 2.4, S3.1, AC-2(1)); absent: the whole framework */
                                    requirements?: string[];
                                }[];
                                /** @description Only checks of these services (narrows checks/frameworks, or alone selects by service) */
                                services?: string[];
                                /** @description Scan only these regions */
                                regions?: string[];
                            } | null;
                            enabled: boolean;
                            /** @description The next three runs (empty while disabled) */
                            nextRuns: string[];
                            lastRun: {
                                /**
                                 * Format: uuid
                                 * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                firedAt: string;
                                /** @description started: a scan was started; skipped: the previous scan of the organization was still running; failed: the scan could not be started (reason says why); pending: being started */
                                outcome: "pending" | "started" | "skipped" | "failed";
                                scanId: string | null;
                                reason: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                recordedAt: string;
                            } | null;
                            /** @description Name of the API key that created it */
                            createdBy: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/schedules/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every time the schedule fired: started (with the scan), skipped (and why) or failed */
        get: {
            parameters: {
                query: {
                    /** @description Items per page */
                    limit: number;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description Schedule id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                firedAt: string;
                                /** @description started: a scan was started; skipped: the previous scan of the organization was still running; failed: the scan could not be started (reason says why); pending: being started */
                                outcome: "pending" | "started" | "skipped" | "failed";
                                scanId: string | null;
                                reason: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                recordedAt: string;
                            }[];
                            /** @description Pass as cursor for the next page; null at the end */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhooks, oldest first (all organizations unless organizationId is given) */
        get: {
            parameters: {
                query: {
                    /**
                     * @description Organization id (default: the organization from configuration)
                     * @example default
                     */
                    organizationId?: string;
                    /** @description Items per page */
                    limit: number;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                 */
                                id: string;
                                organizationId: string;
                                name: string;
                                /**
                                 * @description Scheme, host and port of the URL, then … when it has a path or query: those may carry tokens, so the full URL is stored sealed and never shown after it is saved
                                 * @example https://hooks.example.com/…
                                 */
                                url: string;
                                format: "generic" | "pagerduty" | "jira";
                                mode: "per-finding" | "digest";
                                events: ("scan.completed" | "finding.opened" | "finding.resolved" | "finding.reopened")[];
                                /**
                                 * WebhookFilters
                                 * @description Which finding events are sent: every filter that is set must match (scan.completed is not filtered)
                                 */
                                filters: {
                                    /** @description Only findings of these severities */
                                    severities?: ("critical" | "high" | "medium" | "low" | "informational")[];
                                    /** @description Only findings of these checks */
                                    checkIds?: string[];
                                    /** @description Only findings of these accounts */
                                    accountIds?: string[];
                                    /** @description Only findings of accounts under these OUs (nested included) */
                                    ouIds?: string[];
                                };
                                jira: {
                                    email: string;
                                    projectKey: string;
                                    issueType: string;
                                } | null;
                                /** @description A signing secret, routing key or API token is stored (encrypted); it is never returned */
                                secretSet: boolean;
                                enabled: boolean;
                                /** @description Why orgscan disabled the endpoint (it answered 410 Gone) */
                                disabledReason: string | null;
                                throttledUntil: string | null;
                                /** DeliveryCounts */
                                deliveries: {
                                    pending: number;
                                    delivering: number;
                                    succeeded: number;
                                    dead: number;
                                };
                                createdBy: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                updatedAt: string;
                            }[];
                            /** @description Pass as cursor for the next page; null at the end */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an endpoint for scan and finding events (generic signed JSON, PagerDuty or Jira)
         * @description generic: the answer carries the signing secret (whsec_…) once; verify the webhook-signature header with it. pagerduty: give routingKey. jira: give jira.email, jira.apiToken, jira.projectKey. Secrets are stored encrypted and never returned.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "SecOps receiver",
                     *       "url": "https://hooks.example.com/orgscan",
                     *       "events": [
                     *         "scan.completed",
                     *         "finding.opened",
                     *         "finding.resolved",
                     *         "finding.reopened"
                     *       ],
                     *       "filters": {
                     *         "severities": [
                     *           "critical",
                     *           "high"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Organization id (default: the organization from configuration)
                         * @example default
                         */
                        organizationId?: string;
                        /** @example SecOps tickets */
                        name: string;
                        /**
                         * @description https URL (generic: your receiver; pagerduty: https://events.pagerduty.com/v2/enqueue; jira: https://<site>.atlassian.net). Private addresses only when listed in WEBHOOK_ALLOWED_PRIVATE_TARGETS
                         * @example https://hooks.example.com/orgscan
                         */
                        url: string;
                        /** @description Default generic */
                        format?: "generic" | "pagerduty" | "jira";
                        /** @description per-finding (default; the only mode of pagerduty and jira) or digest: one per scan, in parts */
                        mode?: "per-finding" | "digest";
                        /** @description scan.completed: summary and what changed; finding.opened: new or regressed; finding.resolved; finding.reopened: still failing after its mute expired */
                        events: ("scan.completed" | "finding.opened" | "finding.resolved" | "finding.reopened")[];
                        /**
                         * WebhookFilters
                         * @description Which finding events are sent: every filter that is set must match (scan.completed is not filtered)
                         */
                        filters?: {
                            /** @description Only findings of these severities */
                            severities?: ("critical" | "high" | "medium" | "low" | "informational")[];
                            /** @description Only findings of these checks */
                            checkIds?: string[];
                            /** @description Only findings of these accounts */
                            accountIds?: string[];
                            /** @description Only findings of accounts under these OUs (nested included) */
                            ouIds?: string[];
                        };
                        /** @default true */
                        enabled?: boolean;
                        /** @description pagerduty: the integration key of an Events API v2 integration (write-only) */
                        routingKey?: string;
                        /** JiraSettingsInput */
                        jira?: {
                            /**
                             * Format: email
                             * @description Atlassian account of the API token (basic auth)
                             * @example secops-bot@example.com
                             */
                            email: string;
                            /** @example SEC */
                            projectKey: string;
                            /**
                             * @default Task
                             * @example Bug
                             */
                            issueType: string;
                            /** @description Atlassian API token (write-only: stored encrypted, never returned) */
                            apiToken: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            id: string;
                            organizationId: string;
                            name: string;
                            /**
                             * @description Scheme, host and port of the URL, then … when it has a path or query: those may carry tokens, so the full URL is stored sealed and never shown after it is saved
                             * @example https://hooks.example.com/…
                             */
                            url: string;
                            format: "generic" | "pagerduty" | "jira";
                            mode: "per-finding" | "digest";
                            events: ("scan.completed" | "finding.opened" | "finding.resolved" | "finding.reopened")[];
                            /**
                             * WebhookFilters
                             * @description Which finding events are sent: every filter that is set must match (scan.completed is not filtered)
                             */
                            filters: {
                                /** @description Only findings of these severities */
                                severities?: ("critical" | "high" | "medium" | "low" | "informational")[];
                                /** @description Only findings of these checks */
                                checkIds?: string[];
                                /** @description Only findings of these accounts */
                                accountIds?: string[];
                                /** @description Only findings of accounts under these OUs (nested included) */
                                ouIds?: string[];
                            };
                            jira: {
                                email: string;
                                projectKey: string;
                                issueType: string;
                            } | null;
                            /** @description A signing secret, routing key or API token is stored (encrypted); it is never returned */
                            secretSet: boolean;
                            enabled: boolean;
                            /** @description Why orgscan disabled the endpoint (it answered 410 Gone) */
                            disabledReason: string | null;
                            throttledUntil: string | null;
                            /** DeliveryCounts */
                            deliveries: {
                                pending: number;
                                delivering: number;
                                succeeded: number;
                                dead: number;
                            };
                            createdBy: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            updatedAt: string;
                            /** @description generic: the Standard Webhooks signing secret (whsec_…). Shown this once: store it in the receiver */
                            secret?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook, with its deliveries counted by status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Webhook id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            id: string;
                            organizationId: string;
                            name: string;
                            /**
                             * @description Scheme, host and port of the URL, then … when it has a path or query: those may carry tokens, so the full URL is stored sealed and never shown after it is saved
                             * @example https://hooks.example.com/…
                             */
                            url: string;
                            format: "generic" | "pagerduty" | "jira";
                            mode: "per-finding" | "digest";
                            events: ("scan.completed" | "finding.opened" | "finding.resolved" | "finding.reopened")[];
                            /**
                             * WebhookFilters
                             * @description Which finding events are sent: every filter that is set must match (scan.completed is not filtered)
                             */
                            filters: {
                                /** @description Only findings of these severities */
                                severities?: ("critical" | "high" | "medium" | "low" | "informational")[];
                                /** @description Only findings of these checks */
                                checkIds?: string[];
                                /** @description Only findings of these accounts */
                                accountIds?: string[];
                                /** @description Only findings of accounts under these OUs (nested included) */
                                ouIds?: string[];
                            };
                            jira: {
                                email: string;
                                projectKey: string;
                                issueType: string;
                            } | null;
                            /** @description A signing secret, routing key or API token is stored (encrypted); it is never returned */
                            secretSet: boolean;
                            enabled: boolean;
                            /** @description Why orgscan disabled the endpoint (it answered 410 Gone) */
                            disabledReason: string | null;
                            throttledUntil: string | null;
                            /** DeliveryCounts */
                            deliveries: {
                                pending: number;
                                delivering: number;
                                succeeded: number;
                                dead: number;
                            };
                            createdBy: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a webhook and its deliveries (tickets it opened are left as they are) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Webhook id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a webhook (format and mode are fixed); enabled=true re-enables one disabled by 410 Gone */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Webhook id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "enabled": true
                     *     }
                     */
                    "application/json": {
                        name?: string;
                        /**
                         * @description https URL (generic: your receiver; pagerduty: https://events.pagerduty.com/v2/enqueue; jira: https://<site>.atlassian.net). Private addresses only when listed in WEBHOOK_ALLOWED_PRIVATE_TARGETS
                         * @example https://hooks.example.com/orgscan
                         */
                        url?: string;
                        /** @description scan.completed: summary and what changed; finding.opened: new or regressed; finding.resolved; finding.reopened: still failing after its mute expired */
                        events?: ("scan.completed" | "finding.opened" | "finding.resolved" | "finding.reopened")[];
                        /**
                         * WebhookFilters
                         * @description Which finding events are sent: every filter that is set must match (scan.completed is not filtered)
                         */
                        filters?: {
                            /** @description Only findings of these severities */
                            severities?: ("critical" | "high" | "medium" | "low" | "informational")[];
                            /** @description Only findings of these checks */
                            checkIds?: string[];
                            /** @description Only findings of these accounts */
                            accountIds?: string[];
                            /** @description Only findings of accounts under these OUs (nested included) */
                            ouIds?: string[];
                        };
                        /** @description true also clears a 410 Gone or 429 pause */
                        enabled?: boolean;
                        /** @description pagerduty: a new key */
                        routingKey?: string;
                        jira?: {
                            /**
                             * Format: email
                             * @description Atlassian account of the API token (basic auth)
                             * @example secops-bot@example.com
                             */
                            email?: string;
                            /** @example SEC */
                            projectKey?: string;
                            issueType?: string;
                            /** @description Atlassian API token (write-only: stored encrypted, never returned) */
                            apiToken?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            id: string;
                            organizationId: string;
                            name: string;
                            /**
                             * @description Scheme, host and port of the URL, then … when it has a path or query: those may carry tokens, so the full URL is stored sealed and never shown after it is saved
                             * @example https://hooks.example.com/…
                             */
                            url: string;
                            format: "generic" | "pagerduty" | "jira";
                            mode: "per-finding" | "digest";
                            events: ("scan.completed" | "finding.opened" | "finding.resolved" | "finding.reopened")[];
                            /**
                             * WebhookFilters
                             * @description Which finding events are sent: every filter that is set must match (scan.completed is not filtered)
                             */
                            filters: {
                                /** @description Only findings of these severities */
                                severities?: ("critical" | "high" | "medium" | "low" | "informational")[];
                                /** @description Only findings of these checks */
                                checkIds?: string[];
                                /** @description Only findings of these accounts */
                                accountIds?: string[];
                                /** @description Only findings of accounts under these OUs (nested included) */
                                ouIds?: string[];
                            };
                            jira: {
                                email: string;
                                projectKey: string;
                                issueType: string;
                            } | null;
                            /** @description A signing secret, routing key or API token is stored (encrypted); it is never returned */
                            secretSet: boolean;
                            enabled: boolean;
                            /** @description Why orgscan disabled the endpoint (it answered 410 Gone) */
                            disabledReason: string | null;
                            throttledUntil: string | null;
                            /** DeliveryCounts */
                            deliveries: {
                                pending: number;
                                delivering: number;
                                succeeded: number;
                                dead: number;
                            };
                            createdBy: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a ping (webhook.test) through the delivery queue; follow it in the deliveries
         * @description generic: a signed webhook.test event; pagerduty: a change event (pages nobody); jira: reads /rest/api/3/myself with the stored credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Webhook id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            deliveryId: string;
                            links: {
                                delivery: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries, newest first: status, every attempt with its status code, error and duration */
        get: {
            parameters: {
                query: {
                    status?: "pending" | "delivering" | "succeeded" | "dead";
                    /** @description Items per page */
                    limit: number;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description Webhook id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                 */
                                webhookId: string;
                                /** @description The webhook-id header: the same on every attempt and redelivery */
                                messageId: string;
                                /** @example finding.opened */
                                eventType: string;
                                scanId: string | null;
                                fingerprint: string | null;
                                /** @description Digest part number */
                                part: number | null;
                                parts: number | null;
                                /** @description pending (waiting for its next attempt), delivering, succeeded, dead (dead-lettered) */
                                status: "pending" | "delivering" | "succeeded" | "dead";
                                attemptCount: number;
                                nextAttemptAt: string | null;
                                lastStatusCode: number | null;
                                lastError: string | null;
                                attempts: {
                                    /**
                                     * Format: date-time
                                     * @example 2026-01-31T08:00:00.000Z
                                     */
                                    at: string;
                                    durationMs: number;
                                    statusCode: number | null;
                                    error: string | null;
                                }[];
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                createdAt: string;
                                deliveredAt: string | null;
                                deadAt: string | null;
                            }[];
                            /** @description Pass as cursor for the next page; null at the end */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with its attempts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Webhook id */
                    id: string;
                    /** @description Delivery id */
                    deliveryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            webhookId: string;
                            /** @description The webhook-id header: the same on every attempt and redelivery */
                            messageId: string;
                            /** @example finding.opened */
                            eventType: string;
                            scanId: string | null;
                            fingerprint: string | null;
                            /** @description Digest part number */
                            part: number | null;
                            parts: number | null;
                            /** @description pending (waiting for its next attempt), delivering, succeeded, dead (dead-lettered) */
                            status: "pending" | "delivering" | "succeeded" | "dead";
                            attemptCount: number;
                            nextAttemptAt: string | null;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            attempts: {
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                at: string;
                                durationMs: number;
                                statusCode: number | null;
                                error: string | null;
                            }[];
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            deliveredAt: string | null;
                            deadAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a dead-lettered (or delivered) delivery again, with a fresh retry schedule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Webhook id */
                    id: string;
                    /** @description Delivery id */
                    deliveryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                             */
                            webhookId: string;
                            /** @description The webhook-id header: the same on every attempt and redelivery */
                            messageId: string;
                            /** @example finding.opened */
                            eventType: string;
                            scanId: string | null;
                            fingerprint: string | null;
                            /** @description Digest part number */
                            part: number | null;
                            parts: number | null;
                            /** @description pending (waiting for its next attempt), delivering, succeeded, dead (dead-lettered) */
                            status: "pending" | "delivering" | "succeeded" | "dead";
                            attemptCount: number;
                            nextAttemptAt: string | null;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            attempts: {
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                at: string;
                                durationMs: number;
                                statusCode: number | null;
                                error: string | null;
                            }[];
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            createdAt: string;
                            deliveredAt: string | null;
                            deadAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in to the dashboard: exchange an API key for a session cookie
         * @description Sets an HttpOnly, SameSite=Strict cookie (Secure over https). Changes made with the session need the returned csrfToken in x-csrf-token and a same-origin Origin header. The key is not kept.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "apiKey": "osk_…"
                     *     }
                     */
                    "application/json": {
                        /** @description An orgscan API key; exchanged for a session cookie, never stored in the browser */
                        apiKey: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null: not signed in (no valid session or key) */
                            principal: {
                                /** @description API key id, or bootstrap */
                                keyId: string;
                                name: string;
                                /** @description viewer: read; operator: + start, cancel, retry scans; admin: + keys, mutes, organizations, schedules, webhooks */
                                role: "viewer" | "operator" | "admin";
                                keyPrefix: string;
                                via: "api-key" | "session";
                            } | null;
                            /** @description null: the request was made with an API key, not a session */
                            session: {
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                idleExpiresAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                expiresAt: string;
                            } | null;
                            /** @description Send it in x-csrf-token with every change made with the session (POST, PATCH, DELETE) */
                            csrfToken: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in: the key behind the request, its role, and the session with its CSRF token
         * @description Public so the dashboard can ask before signing in: without a valid session (or key) the answer is principal null, and a stale session cookie is cleared.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null: not signed in (no valid session or key) */
                            principal: {
                                /** @description API key id, or bootstrap */
                                keyId: string;
                                name: string;
                                /** @description viewer: read; operator: + start, cancel, retry scans; admin: + keys, mutes, organizations, schedules, webhooks */
                                role: "viewer" | "operator" | "admin";
                                keyPrefix: string;
                                via: "api-key" | "session";
                            } | null;
                            /** @description null: the request was made with an API key, not a session */
                            session: {
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                idleExpiresAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                expiresAt: string;
                            } | null;
                            /** @description Send it in x-csrf-token with every change made with the session (POST, PATCH, DELETE) */
                            csrfToken: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Sign out: the session ends on the server and its cookie is cleared */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/posture/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Posture at a glance: pass rate, open failures by severity, change, top failing checks, gaps */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Organization id (default: the organization from configuration)
                     * @example default
                     */
                    organizationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organizationId: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T08:00:00.000Z
                             */
                            generatedAt: string;
                            /** StatusCounts */
                            totals: {
                                /** @example 120 */
                                total: number;
                                /** @example 90 */
                                PASS: number;
                                /**
                                 * @description Failures no mute covers
                                 * @example 20
                                 */
                                FAIL: number;
                                /** @example 4 */
                                ERROR: number;
                                /** @example 3 */
                                SKIPPED: number;
                                /** @example 1 */
                                MANUAL: number;
                                /**
                                 * @description Failures a mute covers (accepted risk): not counted as FAIL
                                 * @example 2
                                 */
                                muted: number;
                                /**
                                 * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                 * @example 0.8182
                                 */
                                passRate: number | null;
                            };
                            /** @description Open failures (not muted) by severity */
                            failedBySeverity: {
                                critical: number;
                                high: number;
                                medium: number;
                                low: number;
                                informational: number;
                            };
                            /** @description The latest scan folded into the posture */
                            lastScan: {
                                /**
                                 * Format: uuid
                                 * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                 */
                                id: string;
                                status: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                createdAt: string;
                                finishedAt: string | null;
                            } | null;
                            /** @description Against the posture after the previous final scan; null before the second one */
                            change: {
                                since: {
                                    /**
                                     * Format: uuid
                                     * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                     */
                                    scanId: string;
                                    /**
                                     * Format: date-time
                                     * @example 2026-01-31T08:00:00.000Z
                                     */
                                    scanCreatedAt: string;
                                };
                                /** @description Open failures now minus then */
                                FAIL: number;
                                /** @description Pass rate now minus then */
                                passRate: number | null;
                                /** @description Open failures by severity, now minus then */
                                failedBySeverity: {
                                    critical: number;
                                    high: number;
                                    medium: number;
                                    low: number;
                                    informational: number;
                                };
                            } | null;
                            /** @description Most severe first, then most failures: what to fix first (at most 10) */
                            topFailingChecks: {
                                checkId: string;
                                title: string | null;
                                service: string | null;
                                severity: "critical" | "high" | "medium" | "low" | "informational";
                                /** @description Open failures (not muted) */
                                FAIL: number;
                                accountsFailing: number;
                                passRate: number | null;
                            }[];
                            /** @description What the posture does not cover: never hidden */
                            coverage: {
                                /** @description ACTIVE accounts of the organization */
                                accountsKnown: number;
                                accountsWithResults: number;
                                /** @description ACTIVE accounts no scan has any result for (those whose last scan failed are listed apart) */
                                accountsWithoutResults: {
                                    /** @example 123456789012 */
                                    accountId: string;
                                    name: string;
                                    ouPath: string;
                                }[];
                                /** @description Accounts the last scan folded into the posture could not enter or finish */
                                accountsFailed: {
                                    /** @example 123456789012 */
                                    accountId: string;
                                    name: string;
                                    ouPath: string;
                                    /**
                                     * Format: uuid
                                     * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                     */
                                    scanId: string;
                                    reason: {
                                        category: string;
                                        detail: string;
                                    } | null;
                                }[];
                                regionsWithErrors: {
                                    region: string;
                                    ERROR: number;
                                }[];
                                checksWithErrors: {
                                    checkId: string;
                                    title: string | null;
                                    ERROR: number;
                                    accountsErring: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/posture/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Posture over the last final scans: open failures by severity and pass rate after each */
        get: {
            parameters: {
                query: {
                    /**
                     * @description Organization id (default: the organization from configuration)
                     * @example default
                     */
                    organizationId?: string;
                    /** @description Last final scans */
                    limit: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organizationId: string;
                            /** @description The posture right after each final scan, oldest first */
                            points: {
                                /**
                                 * Format: uuid
                                 * @example 3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21
                                 */
                                scanId: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-31T08:00:00.000Z
                                 */
                                scanCreatedAt: string;
                                /** @description Accounts with results */
                                accounts: number;
                                /** StatusCounts */
                                totals: {
                                    /** @example 120 */
                                    total: number;
                                    /** @example 90 */
                                    PASS: number;
                                    /**
                                     * @description Failures no mute covers
                                     * @example 20
                                     */
                                    FAIL: number;
                                    /** @example 4 */
                                    ERROR: number;
                                    /** @example 3 */
                                    SKIPPED: number;
                                    /** @example 1 */
                                    MANUAL: number;
                                    /**
                                     * @description Failures a mute covers (accepted risk): not counted as FAIL
                                     * @example 2
                                     */
                                    muted: number;
                                    /**
                                     * @description PASS / (PASS + FAIL); null when nothing decisive was observed
                                     * @example 0.8182
                                     */
                                    passRate: number | null;
                                };
                                /** @description Open failures by severity */
                                failedBySeverity: {
                                    critical: number;
                                    high: number;
                                    medium: number;
                                    low: number;
                                    informational: number;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/posture/heatmap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts grouped by OU (nested) × framework sections, or × the checks of one section
         * @description Each cell counts the findings of the checks mapped to the column (open failures, passes, muted, errors) with the pass rate; OU rows add up every account beneath them. Default framework: CIS.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Organization id (default: the organization from configuration)
                     * @example default
                     */
                    organizationId?: string;
                    /** @example cis-aws-7.0.0 */
                    framework?: string;
                    /** @description Drill down: one column per check of this section instead of one per section */
                    section?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organizationId: string;
                            framework: {
                                id: string;
                                name: string;
                            };
                            section: string | null;
                            columns: {
                                /** @description Section name, or check id when drilled down */
                                id: string;
                                label: string;
                                checks: string[];
                            }[];
                            /** @description The OU tree depth first: each OU, its child OUs, then its accounts */
                            rows: {
                                /** @description OU (or root) id, or account id */
                                id: string;
                                kind: "ou" | "account";
                                name: string;
                                parentId: string | null;
                                depth: number;
                                /** @description Accounts beneath the OU (nested included), 1 for an account */
                                accounts: number;
                                /** @description One per column; null: no result */
                                cells: ({
                                    pass: number;
                                    /** @description Open failures (not muted) */
                                    fail: number;
                                    muted: number;
                                    error: number;
                                    passRate: number | null;
                                } | null)[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description URI naming the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            /** @description One entry per invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Readiness of each dependency */
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Problem */
        "def-0": {
            /** @description URI naming the kind of problem */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            /** @description One entry per invalid field */
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description Readiness of each dependency */
            checks?: {
                [key: string]: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
