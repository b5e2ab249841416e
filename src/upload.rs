//! [`Upload`]: a file sent inside a request, its content as base64 text in
//! one of the forms the REST methods take (files/how-to-upload-files.md):
//!
//! - [`FileData`] (the schema's `file_data`): `{"fileData": ["name.png", "<base64>"]}`,
//!   the file fields of `crm.lead/deal/contact/company.*`;
//! - [`FilePair`] (the schema's `file_pair`): `["name.png", "<base64>"]`,
//!   `user.add`'s `PERSONAL_PHOTO` and the file fields of `crm.item.*`;
//! - [`Upload::base64`]: the content alone, for params that take no name
//!   (the schema's `file`, a `String`).
//!
//! An `Upload` keeps the base64 text, so that sending it and reading it back
//! (the emulator decodes requests into the generated types) cost no second
//! encoding. The encoding is standard base64 with padding (RFC 4648,
//! section 4), written here: it is a few dozen lines, and a dependency
//! would weigh more.

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeTuple, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use std::fmt;

/// A file to send: its name and its content, kept as base64 text.
///
/// ```
/// use bitrix24::Upload;
///
/// let photo = Upload::new("me.png", b"\x89PNG...".to_vec())?;
/// assert_eq!(photo.base64(), "iVBORy4uLg==");
/// assert_eq!(photo.content(), b"\x89PNG...");
/// assert_eq!(photo.file_data(), serde_json::json!({ "fileData": ["me.png", "iVBORy4uLg=="] }));
/// assert_eq!(photo.pair(), serde_json::json!(["me.png", "iVBORy4uLg=="]));
///
/// // Text that is already base64 is checked, not encoded again.
/// let same = Upload::from_base64("me.png", "iVBORy4uLg==")?;
/// assert_eq!(same, photo);
/// assert!(Upload::from_base64("me.png", "iVBOR").is_err());
/// # Ok::<(), bitrix24::UploadError>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Upload {
    name: String,
    base64: String,
}

impl Upload {
    /// A file named `name` (with its extension: the portal reads the type
    /// from it) holding `content`. Refused: an empty name, or one with a
    /// path separator.
    pub fn new(name: impl Into<String>, content: Vec<u8>) -> Result<Self, UploadError> {
        let name = checked_name(name.into())?;
        Ok(Upload {
            name,
            base64: encode(&content),
        })
    }

    /// A file named `name` whose content is the base64 text `base64`
    /// (standard alphabet, `=` padding, no line breaks). Refused as
    /// [`Upload::new`] refuses a name, and text that is not base64, with
    /// the place of the fault.
    pub fn from_base64(
        name: impl Into<String>,
        base64: impl Into<String>,
    ) -> Result<Self, UploadError> {
        let name = checked_name(name.into())?;
        let base64 = base64.into();
        if let Err(e) = check(&base64) {
            return Err(UploadError(format!("the content of {name:?} {e}")));
        }
        Ok(Upload { name, base64 })
    }

    /// The file's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The file's bytes, decoded from the base64 text.
    pub fn content(&self) -> Vec<u8> {
        // Checked when the upload was made: the text decodes.
        decode(&self.base64).unwrap_or_default()
    }

    /// The size of the content in bytes.
    pub fn len(&self) -> usize {
        let padding = self.base64.bytes().rev().take_while(|b| *b == b'=').count();
        self.base64.len() / 4 * 3 - padding
    }

    /// Whether the content is empty.
    pub fn is_empty(&self) -> bool {
        self.base64.is_empty()
    }

    /// The content as base64 text.
    pub fn base64(&self) -> &str {
        &self.base64
    }

    /// `{"fileData": [name, base64]}`.
    pub fn file_data(&self) -> Value {
        json!({ "fileData": self.pair() })
    }

    /// `[name, base64]`.
    pub fn pair(&self) -> Value {
        json!([self.name, self.base64])
    }
}

fn checked_name(name: String) -> Result<String, UploadError> {
    if name.trim().is_empty() {
        return Err(UploadError("a file to upload needs a name".into()));
    }
    if name.contains(['/', '\\']) {
        return Err(UploadError(format!(
            "{name:?} is a path: give the file's name alone"
        )));
    }
    Ok(name)
}

impl fmt::Debug for Upload {
    /// The name and the size; the content can be megabytes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Upload")
            .field("name", &self.name)
            .field("bytes", &self.len())
            .finish()
    }
}

/// A file that cannot be uploaded as given; the message says why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadError(String);

impl fmt::Display for UploadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UploadError {}

macro_rules! upload_form {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq)]
        pub struct $name(Upload);

        impl $name {
            /// The file.
            pub fn upload(&self) -> &Upload {
                &self.0
            }

            /// The file, taken out.
            pub fn into_upload(self) -> Upload {
                self.0
            }
        }

        impl From<Upload> for $name {
            fn from(upload: Upload) -> Self {
                $name(upload)
            }
        }

        impl From<$name> for Upload {
            fn from(form: $name) -> Self {
                form.0
            }
        }

        impl fmt::Debug for $name {
            /// The name and the size, as [`Upload`]'s.
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($name), self.0)
            }
        }
    };
}

upload_form!(
    /// A file in the form `{"fileData": ["name.png", "<base64>"]}`: the
    /// schema's `file_data`, which the file fields of
    /// `crm.lead/deal/contact/company.*` take. Made from an [`Upload`]
    /// (`.photo(upload)` on a generated setter); reads back from the same
    /// form, the base64 text checked.
    ///
    /// ```
    /// use bitrix24::{FileData, Upload};
    ///
    /// let logo = FileData::from(Upload::new("logo.png", b"hi".to_vec())?);
    /// let wire = serde_json::to_value(&logo).unwrap();
    /// assert_eq!(wire, serde_json::json!({ "fileData": ["logo.png", "aGk="] }));
    /// assert_eq!(serde_json::from_value::<FileData>(wire).unwrap(), logo);
    /// # Ok::<(), bitrix24::UploadError>(())
    /// ```
    FileData
);

upload_form!(
    /// A file in the form `["name.png", "<base64>"]`: the schema's
    /// `file_pair`, which `user.add`'s `PERSONAL_PHOTO` and the file fields
    /// of `crm.item.*` take. Made from an [`Upload`]; reads back from the
    /// same form, the base64 text checked.
    ///
    /// ```
    /// use bitrix24::{FilePair, Upload};
    ///
    /// let photo = FilePair::from(Upload::new("me.png", b"hi".to_vec())?);
    /// let wire = serde_json::to_value(&photo).unwrap();
    /// assert_eq!(wire, serde_json::json!(["me.png", "aGk="]));
    /// assert_eq!(serde_json::from_value::<FilePair>(wire).unwrap(), photo);
    /// # Ok::<(), bitrix24::UploadError>(())
    /// ```
    FilePair
);

/// `[name, base64]`.
struct PairRef<'a>(&'a Upload);

impl Serialize for PairRef<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut pair = serializer.serialize_tuple(2)?;
        pair.serialize_element(&self.0.name)?;
        pair.serialize_element(&self.0.base64)?;
        pair.end()
    }
}

impl Serialize for FilePair {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        PairRef(&self.0).serialize(serializer)
    }
}

impl Serialize for FileData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry("fileData", &PairRef(&self.0))?;
        map.end()
    }
}

/// Reads `[name, base64]`: exactly two strings, the name and the text
/// checked as [`Upload::from_base64`] checks them.
struct PairVisitor;

impl<'de> Visitor<'de> for PairVisitor {
    type Value = Upload;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a file as [name, base64]")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Upload, A::Error> {
        let name: String = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        let base64: String = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(1, &self))?;
        if seq.next_element::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::invalid_length(3, &self));
        }
        Upload::from_base64(name, base64).map_err(de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for FilePair {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(PairVisitor).map(FilePair)
    }
}

impl<'de> Deserialize<'de> for FileData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DataVisitor;
        impl<'de> Visitor<'de> for DataVisitor {
            type Value = Upload;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(r#"a file as {"fileData": [name, base64]}"#)
            }

            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Upload, A::Error> {
                let mut found = None;
                while let Some(key) = map.next_key::<String>()? {
                    if key != "fileData" {
                        return Err(de::Error::unknown_field(&key, &["fileData"]));
                    }
                    if found.is_some() {
                        return Err(de::Error::duplicate_field("fileData"));
                    }
                    found = Some(map.next_value::<FilePair>()?.0);
                }
                found.ok_or_else(|| de::Error::missing_field("fileData"))
            }
        }
        deserializer.deserialize_map(DataVisitor).map(FileData)
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with `=` padding.
fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The 6-bit value of a base64 character.
fn sextet(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some(u32::from(c - b'A')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 26),
        b'0'..=b'9' => Some(u32::from(c - b'0') + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// Checks that `text` is standard base64 with padding; the error says
/// what is wrong and where (it follows "the content of "name" ").
fn check(text: &str) -> Result<(), String> {
    let bytes = text.as_bytes();
    if let Some((at, c)) = text
        .char_indices()
        .find(|(_, c)| !(c.is_ascii() && (sextet(*c as u8).is_some() || *c == '=')))
    {
        return Err(format!(
            "is not base64: {c:?} at byte {at} is not a base64 character"
        ));
    }
    if !bytes.len().is_multiple_of(4) {
        return Err(format!(
            "is not base64: its length {} is not a multiple of 4 (is the `=` padding missing?)",
            bytes.len()
        ));
    }
    let padding = bytes.iter().rev().take_while(|b| **b == b'=').count();
    if let Some(at) = bytes[..bytes.len() - padding]
        .iter()
        .position(|b| *b == b'=')
    {
        return Err(format!(
            "is not base64: `=` at byte {at} is padding inside the text"
        ));
    }
    if padding > 2 {
        return Err("is not base64: it ends in more than two `=`".into());
    }
    Ok(())
}

/// The bytes of base64 text that passed [`check`].
fn decode(text: &str) -> Result<Vec<u8>, String> {
    check(text)?;
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    for quad in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        let mut count = 0usize;
        for &c in quad {
            if let Some(v) = sextet(c) {
                n = (n << 6) | v;
                count += 1;
            }
        }
        n <<= 6 * (4 - count);
        let [_, a, b, c] = n.to_be_bytes();
        out.extend_from_slice(&[a, b, c][..count.saturating_sub(1)]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const VECTORS: [(&str, &str); 7] = [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ];

    #[test]
    fn base64_matches_the_rfc_4648_test_vectors() {
        for (plain, encoded) in VECTORS {
            assert_eq!(encode(plain.as_bytes()), encoded, "{plain:?}");
            assert_eq!(decode(encoded).unwrap(), plain.as_bytes(), "{encoded:?}");
        }
        // Every byte value, both 6-bit halves of the alphabet's ends.
        assert_eq!(encode(&[0xff, 0xfe, 0x00]), "//4A");
        assert_eq!(encode(&[0xfb, 0xff]), "+/8=");
        let every: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&encode(&every)).unwrap(), every);
    }

    #[test]
    fn text_that_is_not_base64_is_refused_with_the_place() {
        for (text, says) in [
            ("Zm9v!mFy", "'!' at byte 4 is not a base64 character"),
            ("Zm9 v", "' ' at byte 3"),
            ("Zm9vY", "length 5 is not a multiple of 4"),
            ("Zg==Zm9v", "`=` at byte 2 is padding inside the text"),
            ("Z===", "more than two `=`"),
            ("Zé==", "'é' at byte 1"),
        ] {
            let err = Upload::from_base64("a.txt", text).unwrap_err().to_string();
            assert!(err.contains(says), "{text:?}: {err}");
            assert!(err.contains("\"a.txt\""), "{err}");
        }
    }

    #[test]
    fn an_upload_keeps_its_text_and_gives_its_bytes() {
        for (plain, encoded) in VECTORS {
            let u = Upload::from_base64("a.txt", encoded).unwrap();
            assert_eq!(u.content(), plain.as_bytes());
            assert_eq!(u.len(), plain.len());
            assert_eq!(u.is_empty(), plain.is_empty());
            assert_eq!(u, Upload::new("a.txt", plain.as_bytes().to_vec()).unwrap());
        }
    }

    #[test]
    fn names_are_checked_and_debug_keeps_the_content_out() {
        assert!(
            Upload::new("  ", vec![])
                .unwrap_err()
                .to_string()
                .contains("needs a name")
        );
        assert!(
            Upload::new("a/b.png", vec![])
                .unwrap_err()
                .to_string()
                .contains("is a path")
        );
        assert!(Upload::new("a\\b.png", vec![]).is_err());
        assert!(Upload::from_base64("", "aGk=").is_err());
        let u = Upload::new("big.bin", vec![7; 4096]).unwrap();
        assert_eq!(
            format!("{u:?}"),
            "Upload { name: \"big.bin\", bytes: 4096 }"
        );
        assert_eq!(
            format!("{:?}", FileData::from(u.clone())),
            "FileData(Upload { name: \"big.bin\", bytes: 4096 })"
        );
    }

    #[test]
    fn the_two_forms_write_and_read_the_wire_shapes() {
        let u = Upload::new("a.png", b"hi".to_vec()).unwrap();
        let data = serde_json::to_value(FileData::from(u.clone())).unwrap();
        assert_eq!(data, json!({ "fileData": ["a.png", "aGk="] }));
        assert_eq!(data, u.file_data());
        let pair = serde_json::to_value(FilePair::from(u.clone())).unwrap();
        assert_eq!(pair, json!(["a.png", "aGk="]));
        assert_eq!(pair, u.pair());
        assert_eq!(
            serde_json::from_value::<FileData>(data).unwrap().upload(),
            &u
        );
        assert_eq!(
            serde_json::from_value::<FilePair>(pair)
                .unwrap()
                .into_upload(),
            u
        );
    }

    #[test]
    fn the_forms_refuse_other_shapes_saying_what_they_expect() {
        let data = |v: Value| {
            serde_json::from_value::<FileData>(v)
                .unwrap_err()
                .to_string()
        };
        let pair = |v: Value| {
            serde_json::from_value::<FilePair>(v)
                .unwrap_err()
                .to_string()
        };
        assert!(data(json!(["a.png", "aGk="])).contains(r#"{"fileData": [name, base64]}"#));
        assert!(data(json!({})).contains("missing field `fileData`"));
        assert!(data(json!({"file": ["a", "aGk="]})).contains("unknown field `file`"));
        assert!(data(json!({"fileData": "aGk="})).contains("[name, base64]"));
        assert!(data(json!({"fileData": ["a.png", "aGk"]})).contains("not a multiple of 4"));
        assert!(pair(json!("aGk=")).contains("[name, base64]"));
        assert!(pair(json!(["a.png"])).contains("invalid length 1"));
        assert!(pair(json!(["a.png", "aGk=", "x"])).contains("invalid length 3"));
        assert!(pair(json!(["a/b.png", "aGk="])).contains("is a path"));
        assert!(pair(json!([1, "aGk="])).contains("expected a string"));
    }
}
