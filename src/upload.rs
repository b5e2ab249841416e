//! [`Upload`]: a file sent inside a request, its content as base64 text in
//! one of the forms the REST methods take (files/how-to-upload-files.md):
//!
//! - [`Upload::file_data`]: `{"fileData": ["name.png", "<base64>"]}`, the
//!   file fields of `crm.lead/deal/contact/company.*`;
//! - [`Upload::pair`]: `["name.png", "<base64>"]`, `user.add`'s
//!   `PERSONAL_PHOTO` and the file fields of `crm.item.*`;
//! - [`Upload::base64`]: the content alone, for params that take no name.
//!
//! The encoding is standard base64 with padding (RFC 4648, section 4),
//! written here: it is twenty lines, and the crate needs no decoder.

use serde_json::{Value, json};
use std::fmt;

/// A file to send: its name and its bytes.
///
/// ```
/// use bitrix24::Upload;
///
/// let photo = Upload::new("me.png", b"\x89PNG...".to_vec())?;
/// assert_eq!(photo.base64(), "iVBORy4uLg==");
/// assert_eq!(photo.file_data(), serde_json::json!({ "fileData": ["me.png", "iVBORy4uLg=="] }));
/// assert_eq!(photo.pair(), serde_json::json!(["me.png", "iVBORy4uLg=="]));
/// # Ok::<(), bitrix24::UploadError>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Upload {
    name: String,
    content: Vec<u8>,
}

impl Upload {
    /// A file named `name` (with its extension: the portal reads the type
    /// from it) holding `content`. Refused: an empty name, or one with a
    /// path separator.
    pub fn new(name: impl Into<String>, content: Vec<u8>) -> Result<Self, UploadError> {
        let name = name.into();
        if name.trim().is_empty() {
            return Err(UploadError("a file to upload needs a name".into()));
        }
        if name.contains(['/', '\\']) {
            return Err(UploadError(format!(
                "{name:?} is a path: give the file's name alone"
            )));
        }
        Ok(Upload { name, content })
    }

    /// The file's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The file's bytes.
    pub fn content(&self) -> &[u8] {
        &self.content
    }

    /// The content as base64 text.
    pub fn base64(&self) -> String {
        encode(&self.content)
    }

    /// `{"fileData": [name, base64]}`.
    pub fn file_data(&self) -> Value {
        json!({ "fileData": self.pair() })
    }

    /// `[name, base64]`.
    pub fn pair(&self) -> Value {
        json!([self.name, self.base64()])
    }
}

impl fmt::Debug for Upload {
    /// The name and the size; the content can be megabytes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Upload")
            .field("name", &self.name)
            .field("bytes", &self.content.len())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_4648_test_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), encoded, "{plain:?}");
        }
        // Every byte value, both 6-bit halves of the alphabet's ends.
        assert_eq!(encode(&[0xff, 0xfe, 0x00]), "//4A");
        assert_eq!(encode(&[0xfb, 0xff]), "+/8=");
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
        let u = Upload::new("big.bin", vec![7; 4096]).unwrap();
        assert_eq!(
            format!("{u:?}"),
            "Upload { name: \"big.bin\", bytes: 4096 }"
        );
    }
}
