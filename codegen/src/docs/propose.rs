//! What `docs import` proposes where a page gives no usable Rust name or
//! states a constraint only in part: names for fields, variants, error
//! codes, types and modules, and the doubts that keep a bullet list from
//! becoming an enum or a required mark from becoming `required: true`.
//! Every proposal is marked `# review` in the draft.

use super::page::{Row, Value};
use crate::model::names;
use crate::model::{RESERVED_FIELDS, is_keyword, is_snake_ident, variant_name_problem};
use heck::{ToSnakeCase, ToUpperCamelCase};

/// A Rust field name for a wire name: its snake_case, unless that is a
/// keyword, reserved by the generated API, not an identifier, or taken.
pub fn field_name(wire: &str, taken: &[String]) -> String {
    let snake = names::field(wire);
    let mut name = if !is_snake_ident(&snake) {
        let cleaned: String = wire
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    ' '
                }
            })
            .collect();
        let cleaned = cleaned.to_snake_case();
        if cleaned.is_empty() {
            "field".to_owned()
        } else {
            format!("field_{cleaned}")
        }
    } else if snake == "type" {
        "kind".to_owned()
    } else if is_keyword(&snake) || RESERVED_FIELDS.contains(&snake.as_str()) {
        format!("{snake}_value")
    } else {
        snake
    };
    let base = name.clone();
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{base}_{n}");
        n += 1;
    }
    name
}

/// A variant name for an enum value or an error code, or `None` when the
/// derived one (its UpperCamelCase) does: otherwise one made of the words
/// of `text` (an English message or description, up to four words), else
/// `<fallback><wire>` (`Code1018`, `Value1`), else `<fallback><n>`; never
/// one in `taken`.
pub fn variant_name(wire: &str, text: &str, fallback: &str, taken: &[String]) -> Option<String> {
    let derived = names::variant(wire);
    if variant_name_problem(wire, &derived).is_none() && !taken.contains(&derived) {
        return None;
    }
    let usable =
        |name: &str| variant_name_problem(wire, name).is_none() && !taken.iter().any(|t| t == name);
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let english = !text.trim().is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii() && (c.is_ascii_alphanumeric() || " .,:;'()-_/".contains(c)));
    let mut candidates = Vec::new();
    if english && (1..=4).contains(&words.len()) {
        candidates.push(camel(&words.join(" ")));
    }
    let cleaned: String = wire
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    if !cleaned.trim().is_empty() {
        candidates.push(camel(&format!("{fallback} {cleaned}")));
    }
    if let Some(name) = candidates.into_iter().find(|c| usable(c)) {
        return Some(name);
    }
    (1..).map(|n| format!("{fallback}{n}")).find(|c| usable(c))
}

/// UpperCamelCase that stays the same when converted again (`E EList` →
/// `EEList` → `EeList`), as the checker's own test of a variant name wants.
fn camel(text: &str) -> String {
    text.to_upper_camel_case().to_upper_camel_case()
}

/// A type name made of `prefix` and a row name: the ASCII words of the
/// name in UpperCamelCase (`Field` when it has none).
pub fn type_name(prefix: &str, row: &str) -> String {
    let words: String = row
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let part = words.to_upper_camel_case();
    let part = if part.is_empty() {
        "Field".to_owned()
    } else {
        part
    };
    let name = format!("{prefix}{part}");
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("T{name}")
    } else {
        name
    }
}

/// The module name proposed for a method segment that is a Rust keyword:
/// its plural (`enum` → `enums`, `type` → `types`).
pub fn module_name(segment: &str) -> String {
    format!("{}s", names::module(segment))
}

/// Why the values a row lists may not be the whole set of values the
/// param takes, so that drafting an enum would invent a constraint: the
/// values are operators or key prefixes (`>=`, `!@`), the list nests, or
/// the description has several lists with prose between them (keys to
/// filter by, then operators).
pub fn doubt_about_values(row: &Row, values: &[Value]) -> Option<String> {
    if values
        .iter()
        .any(|v| !v.code.chars().any(|c| c.is_alphanumeric()))
    {
        return Some("some listed values are operators or prefixes, not values".into());
    }
    let mut bullets = 0;
    let mut prose_after_bullet = false;
    let mut several = false;
    let mut nested = false;
    for line in row.description.lines() {
        let t = line.trim_start();
        let bullet = t.starts_with("- ") || t.starts_with("* ");
        if bullet {
            if line.len() - t.len() >= 2 {
                nested = true;
            }
            if prose_after_bullet {
                several = true;
            }
            bullets += 1;
        } else if bullets > 0 && !t.is_empty() && line.len() == t.len() {
            prose_after_bullet = true;
        }
    }
    if nested {
        Some("the page's list nests other lists".into())
    } else if several {
        Some("the page has several lists here, with prose between them".into())
    } else {
        None
    }
}

/// Whether a row's description makes its required mark conditional
/// ("обязателен, если …", "Необязателен, если …", "required if …").
pub fn conditional_requirement(description: &str) -> bool {
    let text = description.to_lowercase();
    let marks = ["обязател", "required", "optional"];
    let conditions = [
        "если",
        "когда",
        "кроме",
        " if ",
        " if,",
        " when ",
        " unless ",
        " only ",
    ];
    marks.iter().any(|m| {
        text.match_indices(m).any(|(i, _)| {
            let end = text[i..].find(['.', '\n']).map_or(text.len(), |e| i + e);
            let start = text[..i].rfind(['.', '\n']).map_or(0, |s| s + 1);
            let sentence = format!(" {} ", &text[start..end]);
            conditions.iter().any(|c| sentence.contains(c))
        })
    })
}

/// The variant names of the REST 3.0 exceptions, whose codes
/// (`BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION`) run their words
/// together, so that no case rule can split them.
const REST3_EXCEPTIONS: &[(&str, &str)] = &[
    ("EXCEPTION_ACCESSDENIEDEXCEPTION", "AccessDenied"),
    (
        "EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION",
        "InvalidRequest",
    ),
    ("EXCEPTION_UNKNOWNDTOPROPERTYEXCEPTION", "UnknownField"),
    ("EXCEPTION_INVALIDSELECTEXCEPTION", "InvalidSelect"),
    ("EXCEPTION_ENTITYNOTFOUNDEXCEPTION", "NotFound"),
    (
        "REALISATION_EXCEPTION_FIELDNOTFOUNDEXCEPTION",
        "FieldNotFound",
    ),
    ("EXCEPTION_INSUFFICIENTSCOPEEXCEPTION", "InsufficientScope"),
    ("EXCEPTION_INVALIDPAGINATIONEXCEPTION", "InvalidPagination"),
    (
        "EXCEPTION_VALIDATION_DTOVALIDATIONEXCEPTION",
        "InvalidFields",
    ),
    ("EXCEPTION_INVALIDFILTEREXCEPTION", "InvalidFilter"),
    ("EXCEPTION_INVALIDORDEREXCEPTION", "InvalidOrder"),
    (
        "EXCEPTION_VALIDATION_REQUESTFILTERVALIDATIONEXCEPTION",
        "InvalidCondition",
    ),
    (
        "EXCEPTION_UNKNOWNFILTEROPERATOREXCEPTION",
        "UnknownOperator",
    ),
    ("EXCEPTION_INVALIDJSONEXCEPTION", "InvalidJson"),
];

/// The variant name of a REST 3.0 exception code (`NotFound` for
/// `BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION`), when it is one the
/// table knows.
pub fn rest3_variant(code: &str) -> Option<&'static str> {
    let rest = code.strip_prefix("BITRIX_REST_V3_")?;
    REST3_EXCEPTIONS
        .iter()
        .find(|(name, _)| *name == rest)
        .map(|(_, rust)| *rust)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names_from_messages_and_codes() {
        assert_eq!(variant_name("BOT_NOT_FOUND", "x", "Code", &[]), None);
        assert_eq!(
            variant_name("1021", "Booking not found", "Code", &[]).as_deref(),
            Some("BookingNotFound")
        );
        assert_eq!(
            variant_name("100", "Не передан параметр", "Code", &[]).as_deref(),
            Some("Code100")
        );
        assert_eq!(
            variant_name("Да", "Да", "Value", &["Value1".into()]).as_deref(),
            Some("Value2")
        );
        assert_eq!(
            variant_name("E:EList", "", "Value", &[]).as_deref(),
            Some("ValueEeList")
        );
    }

    #[test]
    fn conditions_on_required_marks() {
        assert!(conditional_requirement(
            "Идентификатор.\n\nПараметр обязателен, если `x` не равен `Y`"
        ));
        assert!(conditional_requirement(
            "Необязателен, если файл загружается по URL"
        ));
        assert!(conditional_requirement("Required only for webhooks."));
        assert!(!conditional_requirement(
            "Обязательный параметр. Если не передан, ошибка"
        ));
    }

    #[test]
    fn field_and_type_names_for_any_wire_name() {
        assert_eq!(field_name("Default", &[]), "default_value");
        assert_eq!(field_name("Настройки", &[]), "field");
        assert_eq!(field_name("Настройки", &["field".into()]), "field_2");
        assert_eq!(type_name("SyspageGet", "код типа"), "SyspageGetField");
        assert_eq!(module_name("enum"), "enums");
    }

    #[test]
    fn rest3_exceptions_get_the_names_of_their_words() {
        assert_eq!(
            rest3_variant("BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION"),
            Some("NotFound")
        );
        assert_eq!(
            rest3_variant("BITRIX_REST_V3_REALISATION_EXCEPTION_FIELDNOTFOUNDEXCEPTION"),
            Some("FieldNotFound")
        );
        assert_eq!(rest3_variant("BITRIX_REST_V3_EXCEPTION_SOMETHINGNEW"), None);
        assert_eq!(rest3_variant("ACCESS_DENIED"), None);
    }
}
