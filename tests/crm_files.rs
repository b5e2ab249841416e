//! Files in CRM fields end to end against the emulator: a contact's `PHOTO`
//! and a company's `LOGO` sent from an `Upload` as `{"fileData": [..]}`,
//! kept by the portal, and answered as an object with the file's id and
//! links.

use bitrix24::crm::{self, CompanyFields, ContactFields, ContactUpdateFields};
use bitrix24::{Error, Upload};
use serde_json::{Value, json};

#[path = "support/emulator.rs"]
mod emulator;
use emulator::portal;

/// The file id a file field answers with, after checking the answer's shape.
fn file_id(answer: &Value, entity: &str, owner: i64, field: &str) -> i64 {
    let id: i64 = match &answer["id"] {
        Value::String(s) => s.parse().unwrap(),
        other => other.as_i64().unwrap(),
    };
    let show = answer["showUrl"].as_str().unwrap();
    assert!(
        show.contains(&format!("crm.{entity}.show"))
            && show.contains(&format!("ownerId={owner}&fieldName={field}"))
            && show.ends_with(&format!("fileId={id}")),
        "{show}"
    );
    assert!(
        answer["downloadUrl"]
            .as_str()
            .unwrap()
            .ends_with(&format!("fileId={id}")),
        "{answer}"
    );
    id
}

#[tokio::test]
async fn a_contact_photo_set_from_an_upload_reads_back_as_the_portal_file_object() {
    let (mock, client) = portal().await;
    let bytes: Vec<u8> = (0..=255).collect();
    let photo = Upload::new("face.png", bytes.clone()).unwrap();
    let id = client
        .call(&crm::contact::Add::new().fields(ContactFields::new().name("Ann").photo(photo)))
        .await
        .unwrap();
    let contact = client.call(&crm::contact::Get::new(id)).await.unwrap();
    let answer = contact.photo.expect("PHOTO answered");
    let file = file_id(&answer, "contact", id, "PHOTO");
    let kept = mock.crm_file(file).expect("the portal keeps the file");
    assert_eq!(kept.name, "face.png");
    assert_eq!(kept.content, bytes);

    // A new photo replaces it, under a new id.
    let update = crm::contact::Update::new(
        id,
        ContactUpdateFields::new().photo(Upload::new("new.jpg", b"jpeg".to_vec()).unwrap()),
    );
    assert!(client.call(&update).await.unwrap());
    let contact = client.call(&crm::contact::Get::new(id)).await.unwrap();
    let second = file_id(&contact.photo.unwrap(), "contact", id, "PHOTO");
    assert_ne!(second, file);
    assert_eq!(mock.crm_file(second).unwrap().content, b"jpeg");
}

#[tokio::test]
async fn a_company_logo_set_from_an_upload_reads_back_as_the_portal_file_object() {
    let (mock, client) = portal().await;
    let logo = Upload::new("logo.svg", b"<svg/>".to_vec()).unwrap();
    let id = client
        .call(&crm::company::Add::new(
            CompanyFields::new().title("Acme").logo(logo),
        ))
        .await
        .unwrap();
    let company = client.call(&crm::company::Get::new(id)).await.unwrap();
    let file = file_id(&company.logo.unwrap(), "company", id, "LOGO");
    assert_eq!(mock.crm_file(file).unwrap().name, "logo.svg");
    assert_eq!(mock.crm_file(file).unwrap().content, b"<svg/>");
}

#[tokio::test]
async fn a_photo_in_another_form_or_not_base64_is_refused_naming_the_field() {
    let (_mock, client) = portal().await;
    for (photo, says) in [
        (
            json!(["face.png", "aGk="]),
            r#"{"fileData": [name, base64]}"#,
        ),
        (
            json!({"fileData": ["face.png", "a!k="]}),
            "'!' at byte 1 is not a base64 character",
        ),
        (json!({"fileData": ["a/face.png", "aGk="]}), "is a path"),
    ] {
        let mut fields = ContactFields::new().name("Ann");
        fields.extra.insert("PHOTO".into(), photo);
        let err = client
            .call(&crm::contact::Add::new().fields(fields))
            .await
            .unwrap_err();
        let Error::Api { description, .. } = &err else {
            panic!("expected an argument error, got {err:?}")
        };
        let text = description.clone().unwrap_or_default();
        assert!(
            text.contains("'fields.PHOTO'") && text.contains(says),
            "{text}"
        );
    }
}
