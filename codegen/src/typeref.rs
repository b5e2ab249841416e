//! The type expressions written in descriptors: `integer`, `[User]`, `{File}`,
//! `string|null`, `string|false`.

/// A parsed type expression, before names are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeExpr {
    /// A built-in type or a named schema type.
    Name(String),
    /// `[T]`: a list.
    List(Box<TypeExpr>),
    /// `{T}`: a JSON object whose keys are data (ids, UUIDs) and whose
    /// values are all `T`.
    Map(Box<TypeExpr>),
    /// `T|null`: may be null or absent.
    Nullable(Box<TypeExpr>),
    /// `T|false`: a `T`, or `false` where the portal has none (a user's
    /// `idle` time, say).
    OrFalse(Box<TypeExpr>),
    /// `A|B`: one of several JSON shapes, kept as raw JSON.
    Union(Vec<TypeExpr>),
    /// `filter(T)`, `order(T)`, `select(T)`, `conditions(T)`: a list
    /// method's filter, sort order, field selection or REST 3.0 filter over
    /// the fields of the object type `T`.
    Over(ListParam, String),
}

/// What a list-method param over an object type's fields is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListParam {
    /// `filter(T)`: conditions on the fields, with operator prefixes.
    Filter,
    /// `order(T)`: fields to sort by, each `ASC` or `DESC`.
    Order,
    /// `select(T)`: the fields the items carry.
    Select,
    /// `conditions(T)`: a REST 3.0 filter, a list of `[field, operator,
    /// value]` conditions.
    Conditions,
}

impl ListParam {
    /// The keyword that writes it: `filter`.
    pub fn keyword(self) -> &'static str {
        match self {
            ListParam::Filter => "filter",
            ListParam::Order => "order",
            ListParam::Select => "select",
            ListParam::Conditions => "conditions",
        }
    }
}

/// The built-in type names and what each means.
pub const PRIMITIVES: &[(&str, &str)] = &[
    ("integer", "a whole number (i64)"),
    ("double", "a number with a fraction (f64)"),
    ("string", "text (String)"),
    ("boolean", "true or false (bool)"),
    ("file", "file content as base64 text (String)"),
    (
        "file_data",
        "a file as `{\"fileData\": [name, base64]}` (bitrix24::FileData)",
    ),
    (
        "file_pair",
        "a file as `[name, base64]` (bitrix24::FilePair)",
    ),
    ("date", "a calendar date, `2024-04-19` (bitrix24::Date)"),
    (
        "datetime",
        "a moment with its UTC offset, `2024-04-19T12:00:00+03:00` (bitrix24::DateTime)",
    ),
    (
        "pagination",
        "the pages of a REST 3.0 list, `{page, limit, offset}` (bitrix24::Pagination)",
    ),
    ("object", "a JSON object with no fixed shape"),
    ("any", "any JSON value"),
];

/// Parses a type expression; the error says what was expected.
pub fn parse(text: &str) -> Result<TypeExpr, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("empty type; expected a type such as `integer`, `[string]` or `Color`".into());
    }
    let parts = split_top(text)?;
    if parts.len() > 1 {
        let mut members = Vec::new();
        let (mut nullable, mut or_false) = (false, false);
        for part in parts {
            match part {
                "null" => nullable = true,
                "false" => or_false = true,
                _ => members.push(parse(part)?),
            }
        }
        let inner = match members.len() {
            0 => {
                return Err(format!(
                    "`{text}` has no real type; expected one beside `null` or `false`"
                ));
            }
            1 => members.pop().expect("one member"),
            _ if or_false => {
                return Err(format!(
                    "`{text}`: `false` goes with exactly one type (`string|false`), not a union"
                ));
            }
            _ => TypeExpr::Union(members),
        };
        let inner = if or_false {
            TypeExpr::OrFalse(Box::new(inner))
        } else {
            inner
        };
        return Ok(if nullable {
            TypeExpr::Nullable(Box::new(inner))
        } else {
            inner
        });
    }
    if text == "false" {
        return Err(
            "`false` alone is not a type; write `T|false` for a `T` the portal may send as `false`"
                .into(),
        );
    }
    if let Some(rest) = text.strip_prefix('[') {
        let Some(inner) = rest.strip_suffix(']') else {
            return Err(format!("`{text}` opens `[` without a closing `]`"));
        };
        return Ok(TypeExpr::List(Box::new(parse(inner)?)));
    }
    if text.ends_with(']') {
        return Err(format!("`{text}` closes `]` without an opening `[`"));
    }
    if let Some(rest) = text.strip_prefix('{') {
        let Some(inner) = rest.strip_suffix('}') else {
            return Err(format!("`{text}` opens `{{` without a closing `}}`"));
        };
        return Ok(TypeExpr::Map(Box::new(parse(inner)?)));
    }
    if text.ends_with('}') {
        return Err(format!("`{text}` closes `}}` without an opening `{{`"));
    }
    if let Some((keyword, rest)) = text.split_once('(') {
        let param = match keyword.trim() {
            "filter" => ListParam::Filter,
            "order" => ListParam::Order,
            "select" => ListParam::Select,
            "conditions" => ListParam::Conditions,
            other => {
                return Err(format!(
                    "`{text}`: `{other}(..)` is not a type; expected `filter(T)`, `order(T)`, `select(T)` or `conditions(T)` over an object type `T`"
                ));
            }
        };
        let Some(name) = rest.strip_suffix(')').map(str::trim) else {
            return Err(format!("`{text}` opens `(` without a closing `)`"));
        };
        if name.is_empty()
            || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            || name.starts_with(|c: char| c.is_ascii_digit())
        {
            return Err(format!(
                "`{text}`: `{}(..)` takes the name of an object type, such as `{}(Deal)`",
                param.keyword(),
                param.keyword()
            ));
        }
        return Ok(TypeExpr::Over(param, name.to_owned()));
    }
    if !text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        || text.starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(format!(
            "`{text}` is not a type name; expected a built-in type ({}), a schema type, `[T]`, `{{T}}` or `A|B`",
            PRIMITIVES
                .iter()
                .map(|(n, _)| *n)
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(TypeExpr::Name(text.to_owned()))
}

/// Splits on `|` outside brackets and braces.
fn split_top(text: &str) -> Result<Vec<&str>, String> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '[' | '{' => depth += 1,
            ']' | '}' => depth -= 1,
            '|' if depth == 0 => {
                parts.push(text[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
        if depth < 0 {
            return Err(match c {
                '}' => format!("`{text}` closes `}}` without an opening `{{`"),
                _ => format!("`{text}` closes `]` without an opening `[`"),
            });
        }
    }
    parts.push(text[start..].trim());
    if parts.iter().any(|p| p.is_empty()) {
        return Err(format!("`{text}` has an empty member around `|`"));
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> TypeExpr {
        TypeExpr::Name(s.into())
    }

    #[test]
    fn parses_the_forms_the_docs_use() {
        assert_eq!(parse("integer"), Ok(name("integer")));
        assert_eq!(parse("[User]"), Ok(TypeExpr::List(Box::new(name("User")))));
        assert_eq!(
            parse("string|null"),
            Ok(TypeExpr::Nullable(Box::new(name("string"))))
        );
        assert_eq!(
            parse("{integer}"),
            Ok(TypeExpr::Map(Box::new(name("integer"))))
        );
        assert_eq!(
            parse("{[User]}|null"),
            Ok(TypeExpr::Nullable(Box::new(TypeExpr::Map(Box::new(
                TypeExpr::List(Box::new(name("User")))
            )))))
        );
        assert_eq!(
            parse("string | boolean"),
            Ok(TypeExpr::Union(vec![name("string"), name("boolean")]))
        );
        assert_eq!(
            parse("false|[string]"),
            Ok(TypeExpr::OrFalse(Box::new(TypeExpr::List(Box::new(name(
                "string"
            ))))))
        );
        assert_eq!(
            parse("string|false|null"),
            Ok(TypeExpr::Nullable(Box::new(TypeExpr::OrFalse(Box::new(
                name("string")
            )))))
        );
    }

    #[test]
    fn parses_list_params_over_an_object_type() {
        assert_eq!(
            parse("filter(Deal)"),
            Ok(TypeExpr::Over(ListParam::Filter, "Deal".into()))
        );
        assert_eq!(
            parse("select( Deal )"),
            Ok(TypeExpr::Over(ListParam::Select, "Deal".into()))
        );
        assert!(parse("sort(Deal)").unwrap_err().contains("not a type"));
        assert!(
            parse("filter(Deal")
                .unwrap_err()
                .contains("without a closing")
        );
        assert!(
            parse("filter([Deal])")
                .unwrap_err()
                .contains("takes the name")
        );
    }

    #[test]
    fn rejects_broken_brackets_and_names() {
        assert!(parse("[integer").unwrap_err().contains("without a closing"));
        assert!(
            parse("integer]")
                .unwrap_err()
                .contains("without an opening")
        );
        assert!(parse("int eger").unwrap_err().contains("not a type name"));
        assert!(parse("string|").unwrap_err().contains("empty member"));
        assert!(parse("{integer").unwrap_err().contains("without a closing"));
        assert!(
            parse("integer}")
                .unwrap_err()
                .contains("without an opening")
        );
        assert!(parse("null").is_ok());
        assert!(parse("null|null").unwrap_err().contains("no real type"));
        assert!(parse("false").unwrap_err().contains("`T|false`"));
        assert!(parse("false|null").unwrap_err().contains("no real type"));
        assert!(
            parse("string|integer|false")
                .unwrap_err()
                .contains("exactly one type")
        );
    }
}
