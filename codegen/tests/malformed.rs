//! Malformed descriptors and the diagnostics they must produce.
//!
//! Each case writes a small schema folder (the two shared files every schema
//! needs, plus the files of the case), runs the loader and the model checks,
//! and compares the diagnostics with the expected ones: file, line, column,
//! dotted path and the exact message text. A case fails on a missing
//! diagnostic and on an extra one. Every case runs even when an earlier one
//! fails, and the failures are reported together at the end. Set
//! `MALFORMED_SHOW=1` to print every diagnostic the cases produce.

use bitrix24_codegen::{Diagnostic, Diagnostics};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

/// The method file most cases break.
const M: &str = "im/im.chat.add.yaml";

/// The shared files every case starts from; a case may replace one.
const SYSTEM_ERRORS: (&str, &str) = (
    "common/system-errors.yaml",
    "
    system_errors:
      QUERY_LIMIT_EXCEEDED:
        status: 503
        message: Too many requests
        doc: The rate limit was exceeded.
        retry_safe: true
    ",
);

const TIME: (&str, &str) = (
    "common/time.yaml",
    "
    types:
      Time:
        doc: How long a call took.
        fields:
          start: { type: double, doc: Start. }
    ",
);

/// A valid method, for cases that break another file.
const VALID: &str = "
    method: im.chat.add
    scope: im
    docs: im-chat-add.md
    who: any user
    idempotent: false
    summary: Creates a chat.
    params:
      TITLE: { type: string, doc: The title. }
    returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
    ";

/// An enum with two spellings.
const COLOR: (&str, &str) = (
    "common/color.yaml",
    "
    enums:
      Color:
        doc: A chat colour.
        spellings: [upper, camel]
        values:
          - { wire: { upper: RED, camel: red }, doc: Red. }
          - { wire: { upper: LIGHT_BLUE, camel: lightBlue }, doc: Light blue. }
    ",
);

/// A link type (kind enum + id) for the `joined` cases.
const ENTITY: (&str, &str) = (
    "common/entity.yaml",
    r#"
    enums:
      EntityType:
        doc: What a chat is linked to.
        values:
          - { wire: CRM, doc: A CRM item. }
          - { wire: TASKS, doc: A task. }
    links:
      Entity:
        doc: The object a chat is linked to.
        kind: EntityType
        constructors:
          task: { kind: TASKS, format: "{task_id:integer}", doc: A task. }
    "#,
);

/// One malformed schema and what it must report.
struct Case {
    name: &'static str,
    /// Files besides [`SYSTEM_ERRORS`] and [`TIME`] (which a file of the same
    /// path replaces), relative to the schema folder.
    files: &'static [(&'static str, &'static str)],
    /// Every diagnostic expected, in any order.
    expect: &'static [Expect],
}

/// (file, line, column, path, message). The message must match exactly,
/// unless it ends with `…`: then the diagnostic's message must start with the
/// rest (for messages that go on with a temporary path).
type Expect = (&'static str, usize, usize, &'static str, &'static str);

const CASES: &[Case] = &[
    // ---- types ----------------------------------------------------------
    Case {
        name: "unknown_type_suggests_a_schema_type",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              TYPE: { type: ChatTyp, rust: chat_type, doc: Open or closed. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            enums:
              ChatType:
                doc: Open or closed.
                values: [{ wire: OPEN, doc: Open. }]
            ",
        )],
        expect: &[(
            M,
            8,
            17,
            "im.chat.add.TYPE",
            "unknown type `ChatTyp`; expected a built-in type (integer, double, string, boolean, file, object, any) or a type defined in this file or schema/common/ (did you mean `ChatType`?)",
        )],
    },
    Case {
        name: "unknown_type_suggests_a_builtin_inside_a_list",
        files: &[(
            M,
            r#"
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              USERS: { type: "[integr]", doc: Ids. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            "#,
        )],
        expect: &[(
            M,
            8,
            18,
            "im.chat.add.USERS",
            "unknown type `integr`; expected a built-in type (integer, double, string, boolean, file, object, any) or a type defined in this file or schema/common/ (did you mean `integer`?)",
        )],
    },
    Case {
        name: "list_type_without_closing_bracket",
        files: &[(
            M,
            r#"
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              USERS:
                type: "[integer"
                doc: Ids.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            "#,
        )],
        expect: &[(
            M,
            9,
            11,
            "im.chat.add.USERS",
            "`[integer` opens `[` without a closing `]`",
        )],
    },
    Case {
        name: "union_with_an_empty_member",
        files: &[(
            M,
            r#"
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              TITLE: { type: "string|", doc: The title. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            "#,
        )],
        expect: &[(
            M,
            8,
            18,
            "im.chat.add.TITLE",
            "`string|` has an empty member around `|`",
        )],
    },
    Case {
        name: "type_name_not_upper_camel_case",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            enums:
              chat_type:
                doc: Open or closed.
                values: [{ wire: OPEN, doc: Open. }]
            ",
        )],
        expect: &[(
            M,
            10,
            5,
            "im.chat.add.chat_type",
            "type name `chat_type` must be UpperCamelCase, such as `ChatType`",
        )],
    },
    Case {
        name: "duplicate_type_name_across_files",
        files: &[
            (M, VALID),
            (
                "common/time-again.yaml",
                "
                types:
                  Time:
                    doc: Timing, defined a second time.
                    fields:
                      finish: { type: double, doc: Finish. }
                ",
            ),
        ],
        expect: &[(
            "common/time.yaml",
            3,
            5,
            "Time",
            "type `Time` is already defined in …",
        )],
    },
    Case {
        name: "generated_type_clashes_with_a_schema_type",
        files: &[(
            "im/im.add.yaml",
            "
            method: im.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            types:
              AddResult:
                doc: Clashes with the generated result type.
                fields:
                  id: { type: integer, doc: Id. }
            ",
        )],
        expect: &[(
            "im/im.add.yaml",
            1,
            9,
            "im.add",
            "the generated type `AddResult` clashes with a schema type of the same name in `im`",
        )],
    },
    // ---- parameters -----------------------------------------------------
    Case {
        name: "duplicate_param_key",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              TITLE: { type: string, doc: The title. }
              TITLE: { type: string, doc: The title again. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            9,
            10,
            "im.chat.add.TITLE",
            "duplicate key `TITLE`: each name may appear once",
        )],
    },
    Case {
        name: "params_collide_after_case_conversion",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              TITLE: { type: string, doc: The title. }
              title: { type: string, doc: The title in lower case. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            9,
            10,
            "im.chat.add.title",
            "`title` and `TITLE` both become `title` in Rust; give one of them `rust: <other_name>`",
        )],
    },
    Case {
        name: "param_becomes_a_keyword",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              TYPE: { type: string, doc: Open or closed. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            8,
            9,
            "im.chat.add.TYPE",
            "`TYPE` becomes `type`, a Rust keyword; add `rust: <name>` with the name to use",
        )],
    },
    Case {
        name: "rust_override_is_a_keyword",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              KIND: { type: string, rust: type, doc: Open or closed. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            8,
            31,
            "im.chat.add.KIND",
            "rust name `type` is a Rust keyword; choose another",
        )],
    },
    Case {
        name: "rust_override_not_snake_case",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              TYPE: { type: string, rust: chatType, doc: Open or closed. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            8,
            31,
            "im.chat.add.TYPE",
            "rust name `chatType` must be a snake_case identifier",
        )],
    },
    Case {
        name: "param_becomes_a_name_the_api_uses",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              NEW: { type: boolean, doc: Whether the chat is new. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            8,
            8,
            "im.chat.add.NEW",
            "`NEW` becomes `new`, which the generated API uses itself; add `rust: <name>`",
        )],
    },
    Case {
        name: "default_does_not_fit_the_type",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              LIMIT: { type: integer, default: many, doc: How many. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            8,
            36,
            "im.chat.add.LIMIT",
            "default `many` does not fit the type `integer`",
        )],
    },
    Case {
        name: "default_is_not_an_enum_value",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              TYPE: { type: ChatType, rust: chat_type, default: PRIVATE, doc: Open or closed. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            enums:
              ChatType:
                doc: Open or closed.
                values:
                  - { wire: OPEN, doc: Open. }
                  - { wire: CHAT, doc: Closed. }
            ",
        )],
        expect: &[(
            M,
            8,
            53,
            "im.chat.add.TYPE",
            "default `PRIVATE` is not a value of `ChatType`; expected one of: OPEN, CHAT",
        )],
    },
    Case {
        name: "secret_on_a_non_string",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              CODE: { type: integer, secret: true, doc: A code. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            8,
            34,
            "im.chat.add.CODE",
            "only `string` values can be secret; `CODE` is `integer`",
        )],
    },
    Case {
        name: "required_and_required_with",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              CLIENT_ID:
                type: string
                required: true
                required_with: oauth
                doc: The application's client id.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            11,
            20,
            "im.chat.add.CLIENT_ID",
            "a param is either `required` or `required_with` an auth mode, not both",
        )],
    },
    Case {
        name: "required_with_an_auth_mode_the_method_does_not_accept",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            auth: [webhook]
            summary: Creates a chat.
            params:
              CLIENT_ID: { type: string, required_with: oauth, doc: The client id. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            9,
            45,
            "im.chat.add.CLIENT_ID",
            "`CLIENT_ID` is required with `oauth` auth, which the method does not accept; it accepts: webhook",
        )],
    },
    // ---- spellings ------------------------------------------------------
    Case {
        name: "unknown_spelling_on_a_param",
        files: &[
            COLOR,
            (
                M,
                "
                method: im.chat.add
                scope: im
                docs: im-chat-add.md
                who: any user
                idempotent: false
                summary: Creates a chat.
                params:
                  COLOR: { type: Color, spelling: lower, doc: The colour. }
                returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
                ",
            ),
        ],
        expect: &[(
            M,
            8,
            35,
            "im.chat.add.COLOR",
            "unknown spelling `lower` of `Color`; expected one of: upper, camel",
        )],
    },
    Case {
        name: "spelling_on_a_param_that_is_not_an_enum",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              TITLE: { type: string, spelling: upper, doc: The title. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            8,
            36,
            "im.chat.add.TITLE",
            "`spelling` applies to a field whose type is an enum; `TITLE` is `string`",
        )],
    },
    Case {
        name: "wire_as_a_string_for_an_enum_with_spellings",
        files: &[
            (M, VALID),
            (
                "common/color.yaml",
                "
                enums:
                  Color:
                    doc: A chat colour.
                    spellings: [upper, camel]
                    values:
                      - { wire: { upper: RED, camel: red }, doc: Red. }
                      - { wire: GREEN, doc: Green. }
                ",
            ),
        ],
        expect: &[(
            "common/color.yaml",
            7,
            17,
            "Color.GREEN",
            "this enum has spellings (upper, camel); give `wire` as a mapping of spelling to text",
        )],
    },
    Case {
        name: "wire_mapping_misses_a_spelling",
        files: &[
            (M, VALID),
            (
                "common/color.yaml",
                "
                enums:
                  Color:
                    doc: A chat colour.
                    spellings: [upper, camel]
                    values:
                      - { wire: { upper: RED }, doc: Red. }
                ",
            ),
        ],
        expect: &[(
            "common/color.yaml",
            6,
            17,
            "Color.RED",
            "missing spelling `camel`; each value gives every spelling: upper, camel",
        )],
    },
    Case {
        name: "wire_mapping_names_an_unknown_spelling",
        files: &[
            (M, VALID),
            (
                "common/color.yaml",
                "
                enums:
                  Color:
                    doc: A chat colour.
                    spellings: [upper, camel]
                    values:
                      - { wire: { upper: RED, camel: red, hex: '#df532d' }, doc: Red. }
                ",
            ),
        ],
        expect: &[(
            "common/color.yaml",
            6,
            48,
            "Color.RED",
            "unknown spelling `hex`; this enum's spellings are: upper, camel",
        )],
    },
    Case {
        name: "wire_mapping_without_spellings",
        files: &[
            (M, VALID),
            (
                "common/color.yaml",
                "
                enums:
                  Color:
                    doc: A chat colour.
                    values:
                      - { wire: { upper: RED }, doc: Red. }
                ",
            ),
        ],
        expect: &[(
            "common/color.yaml",
            5,
            17,
            "Color.RED",
            "`wire` is a mapping but the enum declares no `spellings`",
        )],
    },
    // ---- enums ----------------------------------------------------------
    Case {
        name: "duplicate_enum_value",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            enums:
              ChatType:
                doc: Open or closed.
                values:
                  - { wire: OPEN, doc: Open. }
                  - { wire: OPEN, doc: Open again. }
            ",
        )],
        expect: &[(
            M,
            13,
            9,
            "im.chat.add.ChatType.OPEN",
            "duplicate enum value `OPEN`: `Open` already uses it",
        )],
    },
    Case {
        name: "empty_enum",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            enums:
              ChatType:
                doc: Open or closed.
                values: []
            ",
        )],
        expect: &[(
            M,
            11,
            13,
            "im.chat.add.ChatType",
            "empty enum; list at least one value",
        )],
    },
    Case {
        name: "enum_values_collide_after_case_conversion",
        files: &[
            (M, VALID),
            (
                "common/color.yaml",
                "
                enums:
                  Color:
                    doc: A chat colour.
                    values:
                      - { wire: LIGHT_BLUE, doc: Light blue. }
                      - { wire: LightBlue, doc: Light blue again. }
                ",
            ),
        ],
        expect: &[(
            "common/color.yaml",
            6,
            9,
            "Color.LightBlue",
            "`LightBlue` and `LIGHT_BLUE` both become the variant `LightBlue`; give one of them `rust: <Name>`",
        )],
    },
    Case {
        name: "enum_value_takes_a_reserved_variant_name",
        files: &[
            (M, VALID),
            (
                "common/color.yaml",
                "
                enums:
                  Color:
                    doc: A chat colour.
                    values:
                      - { wire: UNKNOWN, doc: Not known. }
                ",
            ),
        ],
        expect: &[(
            "common/color.yaml",
            5,
            9,
            "Color.UNKNOWN",
            "variant name `Unknown` is reserved: the generated types use `Unknown` for values this crate does not know and `System` for the system errors; add `rust: <Name>`",
        )],
    },
    // ---- errors ---------------------------------------------------------
    Case {
        name: "unlisted_on_a_param_that_is_not_an_enum",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              TITLE: { type: string, unlisted: accepted, doc: The title. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            8,
            36,
            "im.chat.add.TITLE",
            "`unlisted` says what happens to a value outside an enum's list; `TITLE` is `string`, not an enum",
        )],
    },
    Case {
        name: "false_beside_a_union",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              TITLE: { type: \"string|integer|false\", doc: The title. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            8,
            18,
            "im.chat.add.TITLE",
            "`string|integer|false`: `false` goes with exactly one type (`string|false`), not a union",
        )],
    },
    Case {
        name: "error_code_takes_a_reserved_variant_name",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            errors:
              SYSTEM: { status: 400, message: System, doc: Clashes with the system errors' variant. }
            ",
        )],
        expect: &[(
            M,
            9,
            11,
            "im.chat.add.SYSTEM",
            "variant name `System` is reserved: the generated types use `Unknown` for values this crate does not know and `System` for the system errors; add `rust: <Name>`",
        )],
    },
    Case {
        name: "error_codes_collide_after_case_conversion",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            errors:
              WRONG_REQUEST: { status: 400, message: Wrong request, doc: Bad parameters. }
              WrongRequest: { status: 400, message: Wrong request, doc: The same again. }
            ",
        )],
        expect: &[(
            M,
            10,
            17,
            "im.chat.add.WrongRequest",
            "`WrongRequest` and `WRONG_REQUEST` both become the variant `WrongRequest`; give one of them `rust: <Name>`",
        )],
    },
    Case {
        name: "method_error_repeats_a_system_error",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            errors:
              QUERY_LIMIT_EXCEEDED: { status: 503, message: Too many requests, doc: Too fast. }
            ",
        )],
        expect: &[(
            M,
            9,
            25,
            "im.chat.add.QUERY_LIMIT_EXCEEDED",
            "`QUERY_LIMIT_EXCEEDED` is a system error; system errors apply to every method and are listed once in schema/common/ (when this method gives the code a meaning of its own, add `shadows_system: true`)",
        )],
    },
    Case {
        name: "status_outside_the_http_range",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            errors:
              WRONG_REQUEST: { status: 700, message: Wrong request, doc: Bad parameters. }
            ",
        )],
        expect: &[(
            M,
            9,
            28,
            "im.chat.add.WRONG_REQUEST",
            "HTTP status 700 is outside 100..=599",
        )],
    },
    Case {
        name: "status_is_not_a_number",
        files: &[(
            M,
            r#"
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            errors:
              WRONG_REQUEST:
                status: "abc"
                message: Wrong request
                doc: Bad parameters.
            "#,
        )],
        expect: &[(
            M,
            10,
            13,
            "im.chat.add.WRONG_REQUEST.status",
            "invalid type: string \"abc\", expected u16",
        )],
    },
    Case {
        name: "error_code_with_punctuation",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            errors:
              WRONG-REQUEST: { status: 400, message: Wrong request, doc: Bad parameters. }
            ",
        )],
        expect: &[(
            M,
            9,
            18,
            "im.chat.add.WRONG-REQUEST",
            "error code `WRONG-REQUEST` may hold only letters, digits and underscores",
        )],
    },
    // ---- the method header ----------------------------------------------
    Case {
        name: "missing_method",
        files: &[(
            M,
            "
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(M, 1, 1, "im.chat.add", "missing field `method`")],
    },
    Case {
        name: "missing_summary",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(M, 1, 1, "im.chat.add", "missing field `summary`")],
    },
    Case {
        name: "missing_returns",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            ",
        )],
        expect: &[(M, 1, 1, "im.chat.add", "missing field `returns`")],
    },
    Case {
        name: "missing_doc_of_a_param",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              TITLE:
                type: string
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(M, 9, 5, "im.chat.add.TITLE", "missing field `doc`")],
    },
    Case {
        name: "unknown_top_level_key",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            descripton: A typo of `description`.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            7,
            1,
            "im.chat.add",
            "unknown field `descripton`, expected one of `method`, `scope`, `docs`, `who`, `idempotent`, `auth`, `summary`, `description`, `modules`, `params`, `joined`, `returns`, `errors`, `types`, `enums`, `links`",
        )],
    },
    Case {
        name: "unknown_param_key",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              TITLE: { type: string, requird: true, doc: The title. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            8,
            26,
            "im.chat.add.TITLE",
            "unknown field `requird`, expected one of `type`, `doc`, `required`, `required_with`, `required_unless`, `default`, `rust`, `spelling`, `secret`, `unlisted`",
        )],
    },
    Case {
        name: "required_is_not_a_boolean",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              TITLE: { type: string, required: maybe, doc: The title. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            8,
            36,
            "im.chat.add.TITLE.required",
            "invalid type: string \"maybe\", expected a boolean",
        )],
    },
    Case {
        name: "idempotent_is_a_quoted_string",
        files: &[(
            M,
            r#"
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: "yes"
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            "#,
        )],
        expect: &[(
            M,
            5,
            13,
            "im.chat.add.idempotent",
            "invalid type: string \"yes\", expected a boolean",
        )],
    },
    Case {
        name: "params_given_as_a_list",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              - { type: string, doc: The title. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            8,
            3,
            "im.chat.add.params",
            "invalid type: sequence, expected a mapping of names to entries",
        )],
    },
    Case {
        name: "unknown_auth_mode",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            auth: [webhook, basic]
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            6,
            17,
            "im.chat.add.auth[1]",
            "unknown variant `basic`, expected `webhook` or `oauth`",
        )],
    },
    Case {
        name: "method_name_differs_from_the_file_name",
        files: &[(
            M,
            "
            method: im.chat.create
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            1,
            9,
            "im.chat.create",
            "the file is named `im.chat.add.yaml` but describes `im.chat.create`; name it `im.chat.create.yaml`",
        )],
    },
    Case {
        name: "method_name_with_one_segment",
        files: &[(
            "im/add.yaml",
            "
            method: add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            "im/add.yaml",
            1,
            9,
            "add",
            "method name `add` must be dot-separated words such as `im.chat.add`",
        )],
    },
    Case {
        name: "scope_differs_from_the_first_segment",
        files: &[(
            "imbot/im.chat.add.yaml",
            "
            method: im.chat.add
            scope: imbot
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            "imbot/im.chat.add.yaml",
            2,
            8,
            "im.chat.add",
            "scope `imbot` differs from the method's first segment `im`; the types and the method would land in different modules",
        )],
    },
    Case {
        name: "method_outside_its_scope_folder",
        files: &[("imbot/im.chat.add.yaml", VALID)],
        expect: &[(
            "imbot/im.chat.add.yaml",
            2,
            8,
            "im.chat.add.scope",
            "a method of scope `im` belongs in schema/im/ (a build reads only the folders of its enabled scopes); move the file to schema/im/im.chat.add.yaml",
        )],
    },
    Case {
        name: "method_in_the_schema_root",
        files: &[("im.chat.add.yaml", VALID)],
        expect: &[(
            "im.chat.add.yaml",
            2,
            8,
            "im.chat.add.scope",
            "a method of scope `im` belongs in schema/im/ (a build reads only the folders of its enabled scopes); move the file to schema/im/im.chat.add.yaml",
        )],
    },
    Case {
        name: "scoped_shared_file_in_the_root_common_folder",
        files: &[
            (M, VALID),
            (
                "common/im-kinds.yaml",
                "
                scope: im
                enums:
                  Kind:
                    doc: A kind.
                    values: [{ wire: A, doc: A. }]
                ",
            ),
        ],
        expect: &[(
            "common/im-kinds.yaml",
            1,
            8,
            "im-kinds.scope",
            "shared types of scope `im` belong in schema/im/common/ (a build reads only the folders of its enabled scopes); move the file to schema/im/common/im-kinds.yaml",
        )],
    },
    Case {
        name: "shared_file_in_a_scope_folder_without_a_scope",
        files: &[
            (M, VALID),
            (
                "im/common/kinds.yaml",
                "
                enums:
                  Kind:
                    doc: A kind.
                    values: [{ wire: A, doc: A. }]
                ",
            ),
        ],
        expect: &[(
            "im/common/kinds.yaml",
            1,
            1,
            "kinds.scope",
            "this file sits in the folder of scope `im` but declares no `scope`; add `scope: im`, or move it to schema/common/ to share its types at the crate root",
        )],
    },
    Case {
        name: "docs_is_a_full_url",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: https://apidocs.bitrix24.com/api-reference/chats/im-chat-add.html
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            3,
            7,
            "im.chat.add",
            "docs `https://apidocs.bitrix24.com/api-reference/chats/im-chat-add.html` must be a page path relative to the docs root, ending in `.md`",
        )],
    },
    // ---- returns --------------------------------------------------------
    Case {
        name: "result_with_both_type_and_fields",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns:
              result:
                type: integer
                fields: { id: { type: integer, doc: Id. } }
                doc: Id.
              time: { type: Time, doc: Timing. }
            ",
        )],
        expect: &[(
            M,
            9,
            5,
            "im.chat.add.result",
            "give exactly one of `type` (a plain result) or `fields` (an object result)",
        )],
    },
    Case {
        name: "result_with_neither_type_nor_fields",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns:
              result: { doc: Id. }
              time: { type: Time, doc: Timing. }
            ",
        )],
        expect: &[(
            M,
            8,
            11,
            "im.chat.add.result",
            "give exactly one of `type` (a plain result) or `fields` (an object result)",
        )],
    },
    Case {
        name: "time_is_not_the_shared_time_type",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns:
              result: { type: integer, doc: Id. }
              time: { type: time, doc: Timing. }
            ",
        )],
        expect: &[(
            M,
            9,
            17,
            "im.chat.add.time",
            "the `time` block has the shared type `Time`, found `time`",
        )],
    },
    // ---- joined params --------------------------------------------------
    Case {
        name: "joined_type_is_not_a_link",
        files: &[
            ENTITY,
            (
                M,
                "
                method: im.chat.add
                scope: im
                docs: im-chat-add.md
                who: any user
                idempotent: false
                summary: Creates a chat.
                params:
                  ENTITY_TYPE: { type: EntityType, doc: Kind. }
                  ENTITY_ID: { type: string, doc: Id. }
                joined:
                  entity: { type: EntityType, params: [ENTITY_TYPE, ENTITY_ID], doc: The object. }
                returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
                ",
            ),
        ],
        expect: &[(
            M,
            11,
            19,
            "im.chat.add.entity",
            "`EntityType` is not a link type; `joined` needs a type from a `links:` section",
        )],
    },
    Case {
        name: "joined_with_one_param",
        files: &[
            ENTITY,
            (
                M,
                "
                method: im.chat.add
                scope: im
                docs: im-chat-add.md
                who: any user
                idempotent: false
                summary: Creates a chat.
                params:
                  ENTITY_TYPE: { type: EntityType, doc: Kind. }
                  ENTITY_ID: { type: string, doc: Id. }
                joined:
                  entity: { type: Entity, params: [ENTITY_TYPE], doc: The object. }
                returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
                ",
            ),
        ],
        expect: &[(
            M,
            11,
            35,
            "im.chat.add.entity",
            "expected two params (the kind, then the id), found 1",
        )],
    },
    Case {
        name: "joined_names_a_missing_param",
        files: &[
            ENTITY,
            (
                M,
                "
                method: im.chat.add
                scope: im
                docs: im-chat-add.md
                who: any user
                idempotent: false
                summary: Creates a chat.
                params:
                  ENTITY_TYPE: { type: EntityType, doc: Kind. }
                  ENTITY_ID: { type: string, doc: Id. }
                joined:
                  entity: { type: Entity, params: [ENTITY_TYPE, ENTITY_IDS], doc: The object. }
                returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
                ",
            ),
        ],
        expect: &[(
            M,
            11,
            49,
            "im.chat.add.entity",
            "no param `ENTITY_IDS` in this method",
        )],
    },
    Case {
        name: "joined_kind_param_has_the_wrong_type",
        files: &[
            ENTITY,
            (
                M,
                "
                method: im.chat.add
                scope: im
                docs: im-chat-add.md
                who: any user
                idempotent: false
                summary: Creates a chat.
                params:
                  ENTITY_TYPE: { type: string, doc: Kind. }
                  ENTITY_ID: { type: string, doc: Id. }
                joined:
                  entity: { type: Entity, params: [ENTITY_TYPE, ENTITY_ID], doc: The object. }
                returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
                ",
            ),
        ],
        expect: &[(
            M,
            11,
            36,
            "im.chat.add.entity",
            "`ENTITY_TYPE` must have the link's kind type `EntityType`, found `string`",
        )],
    },
    Case {
        name: "joined_id_param_is_not_a_string",
        files: &[
            ENTITY,
            (
                M,
                "
                method: im.chat.add
                scope: im
                docs: im-chat-add.md
                who: any user
                idempotent: false
                summary: Creates a chat.
                params:
                  ENTITY_TYPE: { type: EntityType, doc: Kind. }
                  ENTITY_ID: { type: integer, doc: Id. }
                joined:
                  entity: { type: Entity, params: [ENTITY_TYPE, ENTITY_ID], doc: The object. }
                returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
                ",
            ),
        ],
        expect: &[(
            M,
            11,
            49,
            "im.chat.add.entity",
            "`ENTITY_ID` must be a `string` to carry the id, found `integer`",
        )],
    },
    Case {
        name: "joined_param_that_is_required",
        files: &[
            ENTITY,
            (
                M,
                "
                method: im.chat.add
                scope: im
                docs: im-chat-add.md
                who: any user
                idempotent: false
                summary: Creates a chat.
                params:
                  ENTITY_TYPE: { type: EntityType, required: true, doc: Kind. }
                  ENTITY_ID: { type: string, doc: Id. }
                joined:
                  entity: { type: Entity, params: [ENTITY_TYPE, ENTITY_ID], doc: The object. }
                returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
                ",
            ),
        ],
        expect: &[(
            M,
            11,
            36,
            "im.chat.add.entity",
            "`ENTITY_TYPE` is required, but joined params are set together through one optional setter; drop `required` or leave it out of `joined`",
        )],
    },
    Case {
        name: "two_joined_setters_with_one_name",
        files: &[
            ENTITY,
            (
                M,
                "
                method: im.chat.add
                scope: im
                docs: im-chat-add.md
                who: any user
                idempotent: false
                summary: Creates a chat.
                params:
                  ENTITY_TYPE: { type: EntityType, doc: Kind. }
                  ENTITY_ID: { type: string, doc: Id. }
                  OTHER_TYPE: { type: EntityType, doc: Kind. }
                  OTHER_ID: { type: string, doc: Id. }
                joined:
                  target: { type: Entity, params: [ENTITY_TYPE, ENTITY_ID], doc: The object. }
                  Target: { type: Entity, params: [OTHER_TYPE, OTHER_ID], doc: Another. }
                returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
                ",
            ),
        ],
        expect: &[(
            M,
            14,
            11,
            "im.chat.add.Target",
            "`Target` becomes the setter `target`, which `joined` already uses for `ENTITY_TYPE + ENTITY_ID`; give one of them `rust: <name>`",
        )],
    },
    Case {
        name: "link_type_used_as_a_plain_param",
        files: &[
            ENTITY,
            (
                M,
                "
                method: im.chat.add
                scope: im
                docs: im-chat-add.md
                who: any user
                idempotent: false
                summary: Creates a chat.
                params:
                  ENTITY: { type: Entity, doc: The object. }
                returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
                ",
            ),
        ],
        expect: &[(
            M,
            8,
            19,
            "im.chat.add.ENTITY",
            "`Entity` is a link type, which joins two params; declare them with their own types and set them through `joined`",
        )],
    },
    Case {
        name: "link_type_as_a_result",
        files: &[
            ENTITY,
            (
                M,
                "
                method: im.chat.add
                scope: im
                docs: im-chat-add.md
                who: any user
                idempotent: false
                summary: Creates a chat.
                returns: { result: { type: Entity, doc: Id. }, time: { type: Time, doc: Timing. } }
                ",
            ),
        ],
        expect: &[(
            M,
            7,
            28,
            "im.chat.add.result",
            "`Entity` is a link type, which only joins request params; a result cannot have it",
        )],
    },
    // ---- links ----------------------------------------------------------
    Case {
        name: "link_kind_is_not_an_enum",
        files: &[
            (M, VALID),
            (
                "common/entity.yaml",
                "
                links:
                  Entity:
                    doc: The object a chat is linked to.
                    kind: Time
                ",
            ),
        ],
        expect: &[(
            "common/entity.yaml",
            4,
            11,
            "Entity",
            "`Time` is not an enum; a link's kind names an enum",
        )],
    },
    Case {
        name: "constructor_placeholder_has_a_bad_type",
        files: &[
            (M, VALID),
            (
                "common/entity.yaml",
                r#"
                enums:
                  EntityType:
                    doc: What a chat is linked to.
                    values: [{ wire: TASKS, doc: A task. }]
                links:
                  Entity:
                    doc: The object a chat is linked to.
                    kind: EntityType
                    constructors:
                      task: { kind: TASKS, format: "{task_id:int}", doc: A task. }
                "#,
            ),
        ],
        expect: &[(
            "common/entity.yaml",
            10,
            36,
            "Entity.task",
            "placeholder `{task_id:int}` has type `int`; expected `integer` or `string`",
        )],
    },
    Case {
        name: "constructor_format_with_an_unclosed_brace",
        files: &[
            (M, VALID),
            (
                "common/entity.yaml",
                r#"
                enums:
                  EntityType:
                    doc: What a chat is linked to.
                    values: [{ wire: TASKS, doc: A task. }]
                links:
                  Entity:
                    doc: The object a chat is linked to.
                    kind: EntityType
                    constructors:
                      task: { kind: TASKS, format: "T{task_id:integer", doc: A task. }
                "#,
            ),
        ],
        expect: &[(
            "common/entity.yaml",
            10,
            36,
            "Entity.task",
            "format `T{task_id:integer` has `{` without a closing `}`",
        )],
    },
    Case {
        name: "constructor_kind_is_not_a_value",
        files: &[
            (M, VALID),
            (
                "common/entity.yaml",
                r#"
                enums:
                  EntityType:
                    doc: What a chat is linked to.
                    values:
                      - { wire: CRM, doc: A CRM item. }
                      - { wire: TASKS, doc: A task. }
                links:
                  Entity:
                    doc: The object a chat is linked to.
                    kind: EntityType
                    constructors:
                      task: { kind: TASK, format: "{task_id:integer}", doc: A task. }
                "#,
            ),
        ],
        expect: &[(
            "common/entity.yaml",
            12,
            21,
            "Entity.task",
            "`TASK` is not a value of `EntityType`; expected one of: CRM, TASKS",
        )],
    },
    Case {
        name: "constructor_format_without_a_placeholder",
        files: &[
            (M, VALID),
            (
                "common/entity.yaml",
                "
                enums:
                  EntityType:
                    doc: What a chat is linked to.
                    values: [{ wire: TASKS, doc: A task. }]
                links:
                  Entity:
                    doc: The object a chat is linked to.
                    kind: EntityType
                    constructors:
                      all_tasks: { kind: TASKS, format: ALL, doc: Every task. }
                ",
            ),
        ],
        expect: &[(
            "common/entity.yaml",
            10,
            41,
            "Entity.all_tasks",
            "format `ALL` has no `{name:type}` placeholder; a constant id needs no constructor",
        )],
    },
    Case {
        name: "constructor_takes_a_reserved_name",
        files: &[
            (M, VALID),
            (
                "common/entity.yaml",
                r#"
                enums:
                  EntityType:
                    doc: What a chat is linked to.
                    values: [{ wire: TASKS, doc: A task. }]
                links:
                  Entity:
                    doc: The object a chat is linked to.
                    kind: EntityType
                    constructors:
                      raw: { kind: TASKS, format: "{task_id:integer}", doc: A task. }
                "#,
            ),
        ],
        expect: &[(
            "common/entity.yaml",
            10,
            12,
            "Entity.raw",
            "constructor name `raw` must be a snake_case identifier other than a keyword, `raw`, `kind`, `id` or `into_parts`",
        )],
    },
    // ---- whole files ----------------------------------------------------
    Case {
        name: "empty_method_file",
        files: &[(M, "")],
        expect: &[(
            M,
            1,
            1,
            "im.chat.add",
            "the file is empty; a method descriptor starts with `method:`",
        )],
    },
    Case {
        name: "empty_shared_file",
        files: &[(M, VALID), ("common/color.yaml", "\n# nothing yet\n")],
        expect: &[(
            "common/color.yaml",
            1,
            1,
            "color",
            "the file is empty; a shared descriptor defines `types`, `enums`, `links` or `system_errors`",
        )],
    },
    Case {
        name: "yaml_syntax_error",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              TITLE: { type: string, doc: The title.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            M,
            9,
            8,
            "im.chat.add",
            "did not find expected ',' or '}', while parsing a flow mapping at line 8 column 10",
        )],
    },
    Case {
        name: "system_errors_defined_twice",
        files: &[
            (M, VALID),
            (
                "common/more-errors.yaml",
                "
                system_errors:
                  OVERLOAD_LIMIT: { status: 503, message: Overloaded, doc: Blocked. }
                ",
            ),
        ],
        expect: &[(
            "common/system-errors.yaml",
            2,
            3,
            "system_errors",
            "system errors are already defined in …",
        )],
    },
    // ---- found while writing this table: positions, cascades, names ----
    Case {
        name: "two_documents_in_one_file",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ---
            method: im.chat.update
            ",
        )],
        expect: &[(
            M,
            8,
            1,
            "im.chat.add",
            "deserializing from YAML containing more than one document is not supported",
        )],
    },
    Case {
        name: "repeated_top_level_key",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            summary: Creates a chat, said twice.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(M, 7, 10, "im.chat.add", "duplicate field `summary`")],
    },
    Case {
        name: "wire_mapping_repeats_a_spelling",
        files: &[
            (M, VALID),
            (
                "common/color.yaml",
                "
                enums:
                  Color:
                    doc: A chat colour.
                    spellings: [upper, camel]
                    values:
                      - { wire: { upper: RED, upper: ROUGE, camel: red }, doc: Red. }
                ",
            ),
        ],
        expect: &[(
            "common/color.yaml",
            6,
            38,
            "Color.values[0].wire.upper",
            "duplicate key `upper`: each name may appear once",
        )],
    },
    Case {
        name: "spelling_named_like_an_accessor",
        files: &[
            (M, VALID),
            (
                "common/color.yaml",
                "
                enums:
                  Color:
                    doc: A chat colour.
                    spellings: [upper, as_str]
                    values:
                      - { wire: { upper: RED, as_str: red }, doc: Red. }
                ",
            ),
        ],
        expect: &[(
            "common/color.yaml",
            4,
            24,
            "Color",
            "spelling `as_str` becomes the name of an accessor method; use a snake_case word other than a keyword, `as_str`, `from_wire`, `is_unknown`, `all`",
        )],
    },
    Case {
        name: "type_contains_itself",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            types:
              Message:
                doc: A message.
                fields:
                  text: { type: string, doc: Text. }
                  reply_to: { type: Message|null, doc: The message it answers. }
            ",
        )],
        expect: &[(
            M,
            13,
            17,
            "im.chat.add.Message.reply_to",
            "`reply_to` makes `Message` contain itself (Message → Message); the struct would be infinitely large, so use a list `[Message]`",
        )],
    },
    Case {
        name: "shared_time_type_missing",
        files: &[
            (M, VALID),
            (
                "common/time.yaml",
                "
                types:
                  Timing:
                    doc: How long a call took.
                    fields:
                      start: { type: double, doc: Start. }
                ",
            ),
        ],
        expect: &[(
            M,
            9,
            63,
            "im.chat.add.time",
            "the shared type `Time` is not defined; schema/common/ must define it as an object type at the crate root",
        )],
    },
    Case {
        name: "method_segment_starts_with_a_digit",
        files: &[(
            "im/im.2fa.add.yaml",
            "
            method: im.2fa.add
            scope: im
            docs: im-2fa-add.md
            who: any user
            idempotent: false
            summary: Adds a second factor.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            "im/im.2fa.add.yaml",
            1,
            9,
            "im.2fa.add",
            "segment `2fa` does not give a module name; a segment must start with a letter",
        )],
    },
    Case {
        name: "error_variant_is_a_keyword",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            errors:
              SELF: { status: 400, message: Cannot add yourself, doc: The caller was listed. }
            ",
        )],
        expect: &[(
            M,
            9,
            9,
            "im.chat.add.SELF",
            "variant name `Self` is a Rust keyword; add `rust: <Name>`",
        )],
    },
    Case {
        name: "shared_type_named_like_the_runtime",
        files: &[
            (M, VALID),
            (
                "common/secret.yaml",
                "
                types:
                  Secret:
                    doc: A secret.
                    fields:
                      value: { type: string, doc: The value. }
                ",
            ),
        ],
        expect: &[(
            "common/secret.yaml",
            3,
            5,
            "Secret",
            "type name `Secret` is taken by the crate itself; rename the type or give the file a `scope`",
        )],
    },
    Case {
        name: "shared_scope_named_like_a_runtime_module",
        files: &[
            (M, VALID),
            (
                "schema/common/modules.yaml",
                "
                scope: schema
                enums:
                  Kind:
                    doc: A kind.
                    values: [{ wire: A, doc: A. }]
                ",
            ),
        ],
        expect: &[(
            "schema/common/modules.yaml",
            1,
            8,
            "modules",
            "scope `schema` would clash with the crate's own module `schema`",
        )],
    },
    Case {
        name: "joined_param_with_an_unknown_type_is_reported_once",
        files: &[
            ENTITY,
            (
                M,
                "
                method: im.chat.add
                scope: im
                docs: im-chat-add.md
                who: any user
                idempotent: false
                summary: Creates a chat.
                params:
                  ENTITY_TYPE: { type: EntityTyp, doc: Kind. }
                  ENTITY_ID: { type: string, doc: Id. }
                joined:
                  entity: { type: Entity, params: [ENTITY_TYPE, ENTITY_ID], doc: The object. }
                returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
                ",
            ),
        ],
        expect: &[(
            M,
            8,
            24,
            "im.chat.add.ENTITY_TYPE",
            "unknown type `EntityTyp`; expected a built-in type (integer, double, string, boolean, file, object, any) or a type defined in this file or schema/common/ (did you mean `EntityType`?)",
        )],
    },
    Case {
        name: "unknown_type_not_suggested_from_another_scope",
        files: &[
            (
                M,
                "
                method: im.chat.add
                scope: im
                docs: im-chat-add.md
                who: any user
                idempotent: false
                summary: Creates a chat.
                params:
                  TYPE: { type: ChatTyp, rust: chat_type, doc: Open or closed. }
                returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
                ",
            ),
            (
                "imbot/imbot.chat.add.yaml",
                "
                method: imbot.chat.add
                scope: imbot
                docs: imbot-chat-add.md
                who: a bot
                idempotent: false
                summary: Creates a chat as a bot.
                returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
                enums:
                  ChatType:
                    doc: Open or closed.
                    values: [{ wire: OPEN, doc: Open. }]
                ",
            ),
        ],
        expect: &[(
            M,
            8,
            17,
            "im.chat.add.TYPE",
            "unknown type `ChatTyp`; expected a built-in type (integer, double, string, boolean, file, object, any) or a type defined in this file or schema/common/",
        )],
    },
    Case {
        name: "constructor_named_like_a_link_accessor",
        files: &[
            (M, VALID),
            (
                "common/entity.yaml",
                r#"
                enums:
                  EntityType:
                    doc: What a chat is linked to.
                    values: [{ wire: TASKS, doc: A task. }]
                links:
                  Entity:
                    doc: The object a chat is linked to.
                    kind: EntityType
                    constructors:
                      into_parts: { kind: TASKS, format: "{task_id:integer}", doc: A task. }
                "#,
            ),
        ],
        expect: &[(
            "common/entity.yaml",
            10,
            19,
            "Entity.into_parts",
            "constructor name `into_parts` must be a snake_case identifier other than a keyword, `raw`, `kind`, `id` or `into_parts`",
        )],
    },
    Case {
        name: "system_errors_missing",
        files: &[
            (M, VALID),
            (
                "common/system-errors.yaml",
                "
                # The table was moved away by mistake.
                docs: _includes/system-errors.md
                ",
            ),
        ],
        expect: &[(
            "common/system-errors.yaml",
            2,
            1,
            "system_errors",
            "no `system_errors` found; schema/common/ must define them once",
        )],
    },
    // ---- faults found by drafting the whole docs tree (issue 16) ---------
    Case {
        name: "field_named_like_a_method_the_generated_code_calls",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            params:
              Default: { type: string, doc: A setter `default` would hide `Default::default()` in `new()`. }
              TITLE: { type: string, rust: clone, doc: A setter `clone` would hide `Clone::clone`. }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[
            (
                M,
                8,
                12,
                "im.chat.add.Default",
                "`Default` becomes `default`, which the generated API uses itself; add `rust: <name>`",
            ),
            (
                M,
                9,
                32,
                "im.chat.add.TITLE",
                "rust name `clone` is used by the generated API itself; choose another",
            ),
        ],
    },
    Case {
        name: "system_error_checks_stay_in_step_after_a_dropped_code",
        files: &[(
            M,
            "
            method: im.chat.add
            scope: im
            docs: im-chat-add.md
            who: any user
            idempotent: false
            summary: Creates a chat.
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            errors:
              1018: { message: Empty collection, doc: The first code has no variant name. }
              OWN_CODE: { message: Own, doc: A code of this method. }
              QUERY_LIMIT_EXCEEDED: { message: Too many, doc: A system code without the mark. }
              ANOTHER: { message: Another, doc: Marked for nothing., shadows_system: true }
            ",
        )],
        expect: &[
            (
                M,
                9,
                9,
                "im.chat.add.1018",
                "`1018` gives the variant name `1018`, which is not an UpperCamelCase identifier; add `rust: <Name>`",
            ),
            (
                M,
                11,
                25,
                "im.chat.add.QUERY_LIMIT_EXCEEDED",
                "`QUERY_LIMIT_EXCEEDED` is a system error; system errors apply to every method and are listed once in schema/common/ (when this method gives the code a meaning of its own, add `shadows_system: true`)",
            ),
            (
                M,
                12,
                74,
                "im.chat.add.ANOTHER",
                "`ANOTHER` is not a system error, so it shadows none; remove `shadows_system`",
            ),
        ],
    },
    Case {
        name: "a_file_that_does_not_parse_hides_no_other_problem",
        files: &[
            (
                "common/chat-info.yaml",
                "
                scope: im
                types:
                  ChatInfo:
                    doc: A chat.
                    fields:
                      id: { type: integer, doc: Id. }
                      id: { type: integer, doc: Id again. }
                ",
            ),
            (
                M,
                "
                method: im.chat.add
                scope: im
                docs: im-chat-add.md
                who: any user
                idempotent: false
                summary: Creates a chat.
                params:
                  TYPE: { type: string, doc: A keyword. }
                  INFO: { type: ChatInfo, doc: Declared in the file that does not parse. }
                  OTHER: { type: ChatInfoo, doc: Declared nowhere. }
                returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
                ",
            ),
        ],
        expect: &[
            (
                "common/chat-info.yaml",
                7,
                11,
                "ChatInfo.id",
                "duplicate key `id`: each name may appear once",
            ),
            (
                M,
                8,
                9,
                "im.chat.add.TYPE",
                "`TYPE` becomes `type`, a Rust keyword; add `rust: <name>` with the name to use",
            ),
            (
                M,
                10,
                18,
                "im.chat.add.OTHER",
                "unknown type `ChatInfoo`; expected a built-in type (integer, double, string, boolean, file, object, any) or a type defined in this file or schema/common/",
            ),
        ],
    },
    Case {
        name: "keyword_segment_needs_a_module_name",
        files: &[(
            "catalog/catalog.enum.getRoundTypes.yaml",
            "
            method: catalog.enum.getRoundTypes
            scope: catalog
            docs: catalog-enum.md
            who: any user
            idempotent: true
            summary: Lists rounding types.
            returns: { result: { type: \"[string]\", doc: Types. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[(
            "catalog/catalog.enum.getRoundTypes.yaml",
            1,
            9,
            "catalog.enum.getRoundTypes",
            "segment `enum` becomes the module `enum`, a Rust keyword; name the module with `modules: { enum: <name> }`",
        )],
    },
    Case {
        name: "module_renames_that_are_not_needed_or_not_names",
        files: &[(
            "crm/crm.type.item.add.yaml",
            "
            method: crm.type.item.add
            scope: crm
            docs: crm-type.md
            who: any user
            idempotent: false
            summary: Adds an item.
            modules: { crm: customers, type: fn, item: items, add: adding }
            returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
            ",
        )],
        expect: &[
            (
                "crm/crm.type.item.add.yaml",
                7,
                17,
                "crm.type.item.add",
                "`crm` is not a module segment of the method; the first segment is the scope and cannot be renamed",
            ),
            (
                "crm/crm.type.item.add.yaml",
                7,
                56,
                "crm.type.item.add",
                "`add` is not a module segment of the method; the last segment names the request type, not a module",
            ),
            (
                "crm/crm.type.item.add.yaml",
                7,
                34,
                "crm.type.item.add",
                "module name `fn` must be a snake_case identifier that is not a Rust keyword",
            ),
            (
                "crm/crm.type.item.add.yaml",
                7,
                44,
                "crm.type.item.add",
                "segment `item` becomes the module `item`, which needs no rename; remove it from `modules`",
            ),
        ],
    },
    Case {
        name: "methods_under_one_prefix_share_its_module",
        files: &[
            (
                "crm/crm.type.add.yaml",
                "
                method: crm.type.add
                scope: crm
                docs: crm-type-add.md
                who: any user
                idempotent: false
                summary: Adds a type.
                modules: { type: types }
                returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
                ",
            ),
            (
                "crm/crm.type.list.yaml",
                "
                method: crm.type.list
                scope: crm
                docs: crm-type-list.md
                who: any user
                idempotent: true
                summary: Lists types.
                modules: { type: kinds }
                returns: { result: { type: \"[integer]\", doc: Ids. }, time: { type: Time, doc: Timing. } }
                ",
            ),
        ],
        expect: &[(
            "crm/crm.type.list.yaml",
            1,
            9,
            "crm.type.list",
            "`crm.type` becomes the module `crm::kinds` here but `crm::types` in `crm.type.add`; give both the same `modules` rename",
        )],
    },
];

/// The positive control: the same folder layout, nothing broken.
const CONTROL: &[(&str, &str)] = &[
    COLOR,
    ENTITY,
    (
        M,
        r#"
        method: im.chat.add
        scope: im
        docs: im-chat-add.md
        who: any user
        idempotent: false
        summary: Creates a chat.
        params:
          TYPE: { type: ChatType, rust: chat_type, default: CHAT, doc: Open or closed. }
          TITLE: { type: string, required: true, doc: The title. }
          LIMIT: { type: integer|null, default: 50, doc: How many. }
          COLOR: { type: Color, spelling: upper, doc: The colour. }
          CLIENT_SECRET: { type: string, required_with: oauth, secret: true, doc: A secret. }
          ENTITY_TYPE: { type: EntityType, doc: Kind. }
          ENTITY_ID: { type: string, doc: Id. }
        joined:
          entity: { type: Entity, params: [ENTITY_TYPE, ENTITY_ID], doc: The object. }
        returns:
          result:
            doc: The new chat.
            fields:
              id: { type: integer, doc: Id. }
              users: { type: "[integer]|null", doc: Members. }
          time: { type: Time, doc: Timing. }
        errors:
          WRONG_REQUEST: { status: 400, message: Wrong request, doc: Bad parameters. }
        enums:
          ChatType:
            doc: Open or closed.
            values:
              - { wire: OPEN, doc: Open. }
              - { wire: CHAT, doc: Closed. }
        "#,
    ),
    // A keyword segment named through `modules`, the same way by both
    // methods under it; a request type with no fields.
    (
        "catalog/catalog.enum.getRoundTypes.yaml",
        r#"
        method: catalog.enum.getRoundTypes
        scope: catalog
        docs: catalog-enum.md
        who: any user
        idempotent: true
        summary: Lists rounding types.
        modules: { enum: enums }
        params:
          options: { type: RoundOptions, doc: No fields. }
        returns: { result: { type: "[string]", doc: Types. }, time: { type: Time, doc: Timing. } }
        types:
          RoundOptions: { doc: An object the page gives no field of., fields: {} }
        "#,
    ),
    (
        "catalog/catalog.enum.getStoreDocumentTypes.yaml",
        r#"
        method: catalog.enum.getStoreDocumentTypes
        scope: catalog
        docs: catalog-enum.md
        who: any user
        idempotent: true
        summary: Lists document types.
        modules: { enum: enums }
        returns: { result: { type: "[string]", doc: Types. }, time: { type: Time, doc: Timing. } }
        "#,
    ),
];

/// Strips the indentation the table adds, the first line break and trailing
/// blank lines, so line 1 of a file is the line after the opening quote.
fn dedent(text: &str) -> String {
    let text = text.strip_prefix('\n').unwrap_or(text);
    let indent = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.get(indent..).unwrap_or("").trim_end())
        .collect();
    lines.join("\n").trim_end().to_owned() + "\n"
}

/// Writes a case's files into a fresh folder and returns it.
fn write_schema(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("malformed")
        .join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("clear the case folder");
    }
    let mut all: Vec<(&str, &str)> = vec![SYSTEM_ERRORS, TIME];
    for &(path, text) in files {
        all.retain(|(p, _)| *p != path);
        all.push((path, text));
    }
    for (path, text) in all {
        let file = dir.join(path);
        std::fs::create_dir_all(file.parent().expect("a parent folder")).expect("create folder");
        std::fs::write(&file, dedent(text)).expect("write descriptor");
    }
    dir
}

/// Loads and checks a folder; the diagnostics, or none.
fn check(dir: &Path) -> Vec<Diagnostic> {
    match bitrix24_codegen::check(dir) {
        Ok(_) => vec![],
        Err(Diagnostics(d)) => d,
    }
}

fn matches(d: &Diagnostic, dir: &Path, e: &Expect) -> bool {
    let (file, line, column, path, message) = *e;
    d.file == dir.join(file)
        && d.line == Some(line)
        && d.column == Some(column)
        && d.path == path
        && match message.strip_suffix('…') {
            Some(prefix) => d.message.starts_with(prefix),
            None => d.message == message,
        }
}

fn show(d: &Diagnostic, dir: &Path) -> String {
    let file = d.file.strip_prefix(dir).unwrap_or(&d.file).display();
    let at = match (d.line, d.column) {
        (Some(l), Some(c)) => format!("{l}:{c}"),
        _ => "?:?".into(),
    };
    format!("{file}:{at} [{}] {}", d.path, d.message)
}

/// Runs one case; `None` when it passes, else what went wrong.
fn run(case: &Case) -> Option<String> {
    let dir = write_schema(case.name, case.files);
    let outcome = catch_unwind(AssertUnwindSafe(|| check(&dir)));
    let found = match outcome {
        Ok(found) => found,
        Err(panic) => {
            let what = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            return Some(format!("panicked: {what}"));
        }
    };
    if std::env::var_os("MALFORMED_SHOW").is_some() {
        for d in &found {
            eprintln!("{}: {}", case.name, show(d, &dir));
        }
    }
    let mut unused: Vec<&Diagnostic> = found.iter().collect();
    let mut missing = Vec::new();
    for e in case.expect {
        match unused.iter().position(|d| matches(d, &dir, e)) {
            Some(i) => {
                unused.remove(i);
            }
            None => missing.push(e),
        }
    }
    if missing.is_empty() && unused.is_empty() {
        return None;
    }
    let mut report = String::new();
    for (file, line, column, path, message) in missing {
        report.push_str(&format!(
            "    expected: {file}:{line}:{column} [{path}] {message}\n"
        ));
    }
    for d in &found {
        report.push_str(&format!("    found:    {}\n", show(d, &dir)));
    }
    if found.is_empty() {
        report.push_str("    found:    no diagnostics\n");
    }
    Some(report)
}

#[test]
fn every_malformed_descriptor_gets_its_diagnostic() {
    assert!(CASES.len() >= 35, "only {} cases", CASES.len());
    let mut names: Vec<&str> = CASES.iter().map(|c| c.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), CASES.len(), "case names must be unique");

    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|case| run(case).map(|r| format!("  {}:\n{r}", case.name)))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("")
    );
}

#[test]
fn every_case_says_where() {
    // The table itself must pin a position, a path and a message for every
    // diagnostic.
    for case in CASES {
        assert!(!case.expect.is_empty(), "{}: expects nothing", case.name);
        for &(_, line, column, path, message) in case.expect {
            assert!(line > 0 && column > 0, "{}: no position", case.name);
            assert!(!path.is_empty(), "{}: no path", case.name);
            assert!(!message.is_empty(), "{}: no message", case.name);
        }
    }
}

#[test]
fn a_file_that_is_not_utf8_is_pointed_at() {
    // Bytes, not text, so it cannot live in the table.
    let dir = write_schema("not_utf8", &[(M, VALID)]);
    let mut bytes = dedent(VALID).into_bytes();
    bytes.extend_from_slice(b"# caf\xE9 (Latin-1)\n");
    std::fs::write(dir.join(M), bytes).expect("write descriptor");
    let found = check(&dir);
    let expect: Expect = (
        M,
        10,
        6,
        "im.chat.add",
        "byte 0xE9 is not UTF-8 text; save the file as UTF-8",
    );
    assert!(
        found.len() == 1 && matches(&found[0], &dir, &expect),
        "expected {expect:?}, found:\n{}",
        found
            .iter()
            .map(|d| show(d, &dir))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn a_valid_schema_has_no_diagnostics() {
    let dir = write_schema("control", CONTROL);
    let found = check(&dir);
    assert!(
        found.is_empty(),
        "the control case reported:\n{}",
        found
            .iter()
            .map(|d| show(d, &dir))
            .collect::<Vec<_>>()
            .join("\n")
    );
    let generated = bitrix24_codegen::generate(&dir).expect("the control case generates");
    #[cfg(feature = "format")]
    bitrix24_codegen::format(&generated.tokens).expect("the control case's code parses");
    assert!(!generated.files.is_empty());
}

fn real_schema() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema")
}

#[test]
fn the_real_schema_generates_the_same_code_every_time() {
    let first = bitrix24_codegen::generate(&real_schema()).expect("schema/ is valid");
    let second = bitrix24_codegen::generate(&real_schema()).expect("schema/ is valid");
    let (a, b) = (
        bitrix24_codegen::render(&first.tokens),
        bitrix24_codegen::render(&second.tokens),
    );
    assert!(!a.is_empty());
    assert!(a == b, "two runs over schema/ rendered different code");
    assert_eq!(first.files, second.files);
}

#[cfg(feature = "format")]
#[test]
fn the_real_schema_formats_into_parsable_code() {
    let generated = bitrix24_codegen::generate(&real_schema()).expect("schema/ is valid");
    let text = bitrix24_codegen::format(&generated.tokens).expect("generated code parses");
    assert!(text.starts_with(&bitrix24_codegen::header()));
    assert_eq!(
        bitrix24_codegen::format(&generated.tokens).expect("generated code parses"),
        text,
        "formatting is deterministic"
    );
}
