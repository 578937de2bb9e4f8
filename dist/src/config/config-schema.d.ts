export declare const SCHEMA_URL = "https://raw.githubusercontent.com/port-policy/eslint-plugin-port-policy/main/schema/port-policy.schema.json";
/** A port or an inclusive range; values above 65535 and reversed ranges are caught after the schema. */
export declare const PORT_RANGE_PATTERN = "^[0-9]{1,5}(-[0-9]{1,5})?$";
/** A port or range with an optional protocol: "8443/tcp", "9000-9099". */
export declare const PORT_SPEC_PATTERN = "^[0-9]{1,5}(-[0-9]{1,5})?(/(tcp|udp|sctp))?$";
export declare function buildConfigSchema(): Record<string, unknown>;
