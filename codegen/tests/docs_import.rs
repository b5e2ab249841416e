//! `docs import-rate` on pages these tests write themselves, each in the
//! format of the official pages and each with one construct the importer
//! or `docs check` once got wrong: the draft of each must pass `check` next
//! to the test schema's shared files and `docs check` with no edit.

use bitrix24_codegen::docs::coverage::{MethodPage, family};
use bitrix24_codegen::docs::import::Known;
use bitrix24_codegen::docs::rate::{Outcome, try_page};
use bitrix24_codegen::model::{Content, Source};
use std::path::Path;

fn shared() -> Vec<Source> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/docs/schema");
    bitrix24_codegen::load(&dir)
        .expect("the test schema loads")
        .into_iter()
        .filter(|s| matches!(s.content, Content::Shared(_)))
        .collect()
}

/// Tries a page made of a title line, a scope and the body.
fn attempt(path: &str, method: &str, scope: &str, body: &str) -> Outcome {
    let text = format!(
        "# Сделать штуку {method}\n\n> Scope: [`{scope}`](../scopes/permissions.md)\n>\n\
         > Кто может выполнять метод: любой пользователь\n\n\
         Метод `{method}` делает штуку.\n\n{body}"
    );
    let page = MethodPage {
        path: path.to_owned(),
        family: family(path),
        method: method.to_owned(),
    };
    let known = Known {
        system_errors: vec!["QUERY_LIMIT_EXCEEDED".to_owned()],
        entities: vec![],
    };
    let mut sources = shared();
    let before = sources.len();
    let outcome = try_page(&page, &text, &mut sources, &known);
    assert_eq!(sources.len(), before, "the draft is taken off again");
    outcome
}

fn reasons(o: &Outcome) -> Vec<String> {
    o.reasons
        .iter()
        .map(|r| format!("{}: {}", r.step, r.text))
        .collect()
}

const PARAMS: &str = "## Параметры метода\n\n#|\n|| **Название**\n`тип` | **Описание** ||\n\
|| **id***\n[`integer`](../data-types.md) | Идентификатор штуки ||\n|#\n\n";

const RESULT_INTEGER: &str = "## Обработка ответа\n\nHTTP-статус: **200**\n\n\
### Возвращаемые данные\n\n#|\n|| **Название**\n`тип` | **Описание** ||\n\
|| **result**\n[`integer`](../data-types.md) | Идентификатор ||\n\
|| **time**\n[`time`](../data-types.md#time) | Время ||\n|#\n";

#[test]
fn a_page_naming_a_permission_other_than_the_first_segment_passes() {
    // `task` is the permission of the `tasks.*` methods; the descriptor's
    // scope can only be `tasks`.
    let o = attempt(
        "api-reference/tasks/tasks-thing-do.md",
        "tasks.thing.do",
        "task",
        &format!("{PARAMS}{RESULT_INTEGER}"),
    );
    let draft = o.draft.as_deref().unwrap();
    assert!(
        draft.contains("scope: tasks\npermission: [task]\n"),
        "{draft}"
    );
    assert!(o.reasons.is_empty(), "{:?}\n{draft}", reasons(&o));
    // A page whose scope is the first segment is still compared.
    let o = attempt(
        "api-reference/tasks/tasks-thing-do.md",
        "tasks.thing.do",
        "tasks",
        &format!("{PARAMS}{RESULT_INTEGER}"),
    );
    assert!(o.reasons.is_empty(), "{:?}", reasons(&o));
}

#[test]
fn a_page_that_documents_no_response_gives_a_result_of_type_any() {
    let o = attempt(
        "api-reference/tasks/task-thing-do.md",
        "task.thing.do",
        "task",
        &format!("{PARAMS}## Примеры кода\n\nТекст.\n"),
    );
    let draft = o.draft.as_deref().unwrap();
    assert!(draft.contains("  result:\n    type: any"), "{draft}");
    assert!(o.reasons.is_empty(), "{:?}\n{draft}", reasons(&o));
    // A response section without a table of returned data is still no
    // place for a guess: `docs check` says it could not compare.
    let o = attempt(
        "api-reference/tasks/task-thing-do.md",
        "task.thing.do",
        "task",
        &format!("{PARAMS}## Обработка ответа\n\nHTTP-статус: **200**\n\nТекст.\n"),
    );
    assert_eq!(
        reasons(&o),
        ["docs check: ! the page has no table of returned data"]
    );
}

/// A result table with the list rows of the humanresources pages.
fn list_rows_page(rows: &str) -> String {
    format!(
        "{PARAMS}## Обработка ответа\n\nHTTP-статус: **200**\n\n### Возвращаемые данные\n\n\
         #|\n|| **Название**\n`тип` | **Описание** ||\n\
         || **result**\n[`object`](../data-types.md) | Ответ ||\n{rows}\
         || **time**\n[`time`](../data-types.md#time) | Время ||\n|#\n\n\
         ### Член {{#member}}\n\n#|\n|| **Название**\n`тип` | **Описание** ||\n\
         || **userId**\n[`integer`](../data-types.md) | Пользователь ||\n|#\n"
    )
}

#[test]
fn a_row_x_brackets_after_a_row_x_types_the_items_of_x() {
    // `members` `array`, then `members[]` `object`: a list of objects.
    let o = attempt(
        "api-reference/departments/thing-do.md",
        "hr.thing.do",
        "hr",
        &list_rows_page(
            "|| **members**\n[`array`](../data-types.md) | Участники ||\n\
             || **members[]**\n[`object`](../data-types.md) | Участник ||\n",
        ),
    );
    let draft = o.draft.as_deref().unwrap();
    assert!(
        draft.contains("      members:\n        type: \"[object]\""),
        "{draft}"
    );
    assert!(!draft.contains("members[]"), "{draft}");
    assert!(o.reasons.is_empty(), "{:?}\n{draft}", reasons(&o));
}

#[test]
fn a_row_x_brackets_with_items_below_or_linked_is_the_list_x() {
    // `departments[]` with `departments[].id` rows, and `chats[]` linking
    // the section that describes its items.
    let o = attempt(
        "api-reference/departments/thing-do.md",
        "hr.thing.do",
        "hr",
        &list_rows_page(
            "|| **departments[]**\n[`array`](../data-types.md) | Отделы ||\n\
             || **departments[].id**\n[`integer`](../data-types.md) | Отдел ||\n\
             || **chats[]**\n[`array`](../data-types.md) | Чаты, [поля](#member) ||\n",
        ),
    );
    let draft = o.draft.as_deref().unwrap();
    assert!(
        draft.contains("      departments:\n        type: \"[ThingDoDepartments]\""),
        "{draft}"
    );
    assert!(
        draft.contains("      chats:\n        type: \"[ThingDoChats]\""),
        "{draft}"
    );
    assert!(o.reasons.is_empty(), "{:?}\n{draft}", reasons(&o));
}

#[test]
fn an_object_row_the_page_calls_an_array_of_objects_is_a_list() {
    // `items` typed `object` but described as an array of objects (the
    // `tasks` of tasks.task.list); `one` typed `object` is left alone.
    let o = attempt(
        "api-reference/departments/thing-do.md",
        "hr.thing.do",
        "hr",
        &list_rows_page(
            "|| **items**\n[`object`](../data-types.md) | Массив объектов, где каждый объект — элемент ||\n\
             || **one**\n[`object`](../data-types.md) | Объект, в котором всё ||\n",
        ),
    );
    let draft = o.draft.as_deref().unwrap();
    assert!(
        draft.contains("      items:\n        type: \"[object]\""),
        "{draft}"
    );
    assert!(
        draft.contains("      one:\n        type: \"object\""),
        "{draft}"
    );
    assert!(o.reasons.is_empty(), "{:?}\n{draft}", reasons(&o));
}

#[test]
fn an_object_the_page_names_in_lower_case_is_compared_by_its_fields() {
    // `thing` and `item_value[]` are the page's own names for objects its
    // rows describe; the draft names them after the method.
    let body = "## Параметры метода\n\n#|\n|| **Название**\n`тип` | **Описание** ||\n\
        || **LIST**\n[`item_value[]`](#item) | Значения, [поля](#item) ||\n|#\n\n\
        ### Значение {#item}\n\n#|\n|| **Название**\n`тип` | **Описание** ||\n\
        || **VALUE**\n[`string`](../data-types.md) | Значение ||\n|#\n\n\
        ## Обработка ответа\n\nHTTP-статус: **200**\n\n### Возвращаемые данные\n\n\
        #|\n|| **Название**\n`тип` | **Описание** ||\n\
        || **result**\n[`thing`](#thing) | Штука, [поля](#thing) ||\n\
        || **time**\n[`time`](../data-types.md#time) | Время ||\n|#\n\n\
        ### Штука {#thing}\n\n#|\n|| **Название**\n`тип` | **Описание** ||\n\
        || **ID**\n[`integer`](../data-types.md) | Идентификатор ||\n|#\n";
    let o = attempt(
        "api-reference/crm/thing-get.md",
        "crm.thing.get",
        "crm",
        body,
    );
    let draft = o.draft.as_deref().unwrap();
    assert!(draft.contains("type: \"[ThingGetList]\""), "{draft}");
    assert!(draft.contains("type: \"ThingGetResult\""), "{draft}");
    assert!(o.reasons.is_empty(), "{:?}\n{draft}", reasons(&o));
}

#[test]
fn a_result_that_may_be_null_is_a_named_type_that_admits_null() {
    let body = "## Обработка ответа\n\nHTTP-статус: **200**\n\n### Возвращаемые данные\n\n\
        #|\n|| **Название**\n`тип` | **Описание** ||\n\
        || **result**\n[`object`](../data-types.md) \\| `null` | Штука или ничего ||\n\
        || **result.ID**\n[`integer`](../data-types.md) | Идентификатор ||\n\
        || **time**\n[`time`](../data-types.md#time) | Время ||\n|#\n";
    let o = attempt(
        "api-reference/crm/thing-get.md",
        "crm.thing.get",
        "crm",
        body,
    );
    let draft = o.draft.as_deref().unwrap();
    assert!(
        draft.contains("  result:\n    type: \"ThingGetResult|null\""),
        "{draft}"
    );
    assert!(o.reasons.is_empty(), "{:?}\n{draft}", reasons(&o));
}

/// A row whose description fell into its name cell (no `|` before it, as
/// on the crm.lead.list page) names no type: its bullets are not read as a
/// union of their codes, and the draft leaves the param's type to review
/// without a made-up enum.
#[test]
fn a_row_without_a_type_line_names_no_type() {
    use bitrix24_codegen::docs::page::Page;
    let text = "# Список штук demo.thing.list\n\n## Параметры метода\n\n#|\n\
|| **Название**\n`тип` | **Описание** ||\n\
|| **order**\nВозможные значения для `order`:\n- `asc` — по возрастанию\n- `desc` — по убыванию ||\n\
|| **start**\n[`integer`](../data-types.md) | Смещение ||\n|#\n";
    let page = Page::parse(text);
    let rows = page.params().expect("the params table");
    let types: Vec<(String, Option<String>)> = rows
        .iter()
        .map(|r| (r.name.clone(), r.ty.as_ref().map(ToString::to_string)))
        .collect();
    assert_eq!(
        types,
        [
            ("order".to_owned(), None),
            ("start".to_owned(), Some("integer".to_owned()))
        ]
    );
}
