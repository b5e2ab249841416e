//! `--all`: every item of a list method, page after page, one JSON item a
//! line.

use crate::exit::{Class, Failure};
use bitrix24::Client;
use bitrix24::schema::{MethodInfo, PagingInfo};
use serde_json::{Map, Value};

/// Calls the method for its first page as given, then again with each
/// answer's `next` in the offset param, printing each page's items on
/// their own lines as they come; ends after the page without `next`. A
/// REST 3.0 list answers no `next`: its offset goes into `pagination`, and
/// it ends after a page shorter than the page size.
pub async fn print_all(
    client: &Client,
    method: &'static MethodInfo,
    paging: PagingInfo,
    mut params: Map<String, Value>,
    verbose: bool,
) -> Result<(), Failure> {
    let mut asked: Option<i64> = None;
    let mut count = 0usize;
    loop {
        let before = count;
        let response = client
            .call_raw_response(method, params.clone())
            .await
            .map_err(|e| crate::call::failure(&e))?;
        crate::answer::check(method, &response.result)?;
        let items = match paging.items {
            None => response.result,
            Some(field) => response.result.get(field).cloned().unwrap_or(Value::Null),
        };
        match items {
            Value::Array(items) => {
                for item in &items {
                    crate::call::write_json(item, false)?;
                }
                count += items.len();
            }
            // PHP's `[]` for none, or a field left out on an empty page.
            Value::Null => {}
            Value::Object(map) if map.is_empty() => {}
            other => {
                return Err(Failure::new(
                    Class::Decode,
                    format!(
                        "unexpected answer from {}: a page's items are {}, not a list",
                        method.name,
                        crate::call::kind(&other)
                    ),
                ));
            }
        }
        let pagination = || {
            params
                .get(paging.offset)
                .and_then(|p| serde_json::from_value::<bitrix24::Pagination>(p.clone()).ok())
        };
        let next = match response.next {
            Some(next) => Some(next),
            None if paging.by_pagination => {
                bitrix24::Pagination::following(pagination().as_ref(), count - before)
            }
            None => None,
        };
        let Some(next) = next else {
            if verbose {
                eprintln!("b24: {count} items");
            }
            return Ok(());
        };
        if asked.is_some_and(|a| next <= a) {
            return Err(Failure::new(
                Class::Decode,
                format!(
                    "unexpected answer from {}: the page at offset {} gave `next` {next}, which does not move on",
                    method.name,
                    asked.unwrap_or_default()
                ),
            ));
        }
        asked = Some(next);
        let offset = if paging.by_pagination {
            let at = bitrix24::Pagination::at(pagination().as_ref(), next);
            serde_json::to_value(at).unwrap_or(Value::Null)
        } else {
            Value::from(next)
        };
        params.insert(paging.offset.to_owned(), offset);
    }
}
