// An `Unknown` value is only made by reading a value the crate does not
// know, so it cannot be built by hand to pose as a known one.
use bitrix24::{Color, UnknownValue};

fn main() {
    let _fake = Color::Unknown(UnknownValue("PINK".into()));
}
