//! The schema's `date` and `datetime` types: calendar dates and moments as
//! the portal writes them, ISO 8601 with the UTC offset of the portal's
//! server (`2024-04-19`, `2024-04-19T12:00:00+03:00`).
//!
//! ```
//! use bitrix24::{Date, DateTime};
//!
//! let created: DateTime = "2024-04-19T12:00:00+03:00".parse().unwrap();
//! assert_eq!((created.hour(), created.offset_minutes()), (12, 180));
//! assert_eq!(created.to_string(), "2024-04-19T12:00:00+03:00");
//! assert_eq!(created.unix_timestamp(), 1_713_517_200);
//!
//! // A `date` field comes back as the midnight of that day on the server.
//! let birthday: Date = "2001-11-11T02:00:00+02:00".parse().unwrap();
//! assert_eq!(birthday.to_string(), "2001-11-11");
//!
//! let error = "2024-02-30".parse::<Date>().unwrap_err();
//! assert_eq!(error.to_string(), "invalid date `2024-02-30`: February 2024 has no day 30");
//! ```
//!
//! The crate converts to no date library of its own, so as to depend on
//! none: the parts (`year()`, `hour()`, `offset_minutes()`...) and
//! [`DateTime::unix_timestamp`] build a `time::OffsetDateTime` or a
//! `chrono::DateTime<FixedOffset>` in one call.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// A calendar date, the schema's `date`: `2024-04-19`.
///
/// Read from `YYYY-MM-DD`, or from a date-time (the portal answers a
/// `date` field with the midnight of that day in its server's zone,
/// `2001-11-11T02:00:00+02:00`), whose date as written it keeps. Written as
/// `YYYY-MM-DD`. An optional field reads the portal's `""` as none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// A moment with the UTC offset it was written with, the schema's
/// `datetime`: `2024-04-19T12:00:00+03:00`.
///
/// Read from `YYYY-MM-DDThh:mm:ss±hh:mm` (or `Z` for `+00:00`) and written
/// the same way. Two values are equal when they are written alike; they
/// order by the moment they name, then by offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateTime {
    date: Date,
    hour: u8,
    minute: u8,
    second: u8,
    offset_minutes: i16,
}

/// Text that is not a `date` or `datetime`, or parts that make none: says
/// which text and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    what: &'static str,
    text: String,
    reason: String,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {} `{}`: {}", self.what, self.text, self.reason)
    }
}

impl std::error::Error for DateError {}

impl DateError {
    fn new(what: &'static str, text: &str, reason: impl Into<String>) -> Self {
        // Quote at most 40 characters of what was given.
        let text = if text.chars().count() > 40 {
            format!("{}…", text.chars().take(40).collect::<String>())
        } else {
            text.to_owned()
        };
        DateError {
            what,
            text,
            reason: reason.into(),
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Why `year-month-day` is not a date, if it is not.
fn date_problem(year: u16, month: u8, day: u8) -> Option<String> {
    if year > 9999 {
        return Some(format!("year {year} has more than four digits"));
    }
    if !(1..=12).contains(&month) {
        return Some(format!("month {month} is not 1 to 12"));
    }
    let last = days_in_month(year, month);
    if day == 0 || day > last {
        return Some(format!(
            "{} {year} has no day {day}",
            MONTHS[usize::from(month - 1)]
        ));
    }
    None
}

impl Date {
    /// The date `year-month-day`; an error when there is no such day or the
    /// year has more than four digits.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        match date_problem(year, month, day) {
            None => Ok(Date { year, month, day }),
            Some(reason) => Err(DateError::new(
                "date",
                &format!("{year:04}-{month:02}-{day:02}"),
                reason,
            )),
        }
    }

    /// The year, 0 to 9999.
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub fn day(&self) -> u8 {
        self.day
    }

    /// Days from 1970-01-01 (negative before it).
    fn days_from_epoch(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, if its year has four digits.
    fn from_days(days: i64) -> Option<Date> {
        // Howard Hinnant's civil_from_days.
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        let year = u16::try_from(year).ok().filter(|y| *y <= 9999)?;
        Some(Date { year, month, day })
    }
}

impl DateTime {
    /// The moment `hour:minute:second` of `date` at `offset_minutes` east of
    /// UTC (`180` for `+03:00`); an error when a part is out of range (the
    /// offset within ±23:59).
    pub fn new(
        date: Date,
        hour: u8,
        minute: u8,
        second: u8,
        offset_minutes: i16,
    ) -> Result<DateTime, DateError> {
        let problem = if hour > 23 {
            Some(format!("hour {hour} is not 0 to 23"))
        } else if minute > 59 {
            Some(format!("minute {minute} is not 0 to 59"))
        } else if second > 59 {
            Some(format!("second {second} is not 0 to 59"))
        } else if offset_minutes.unsigned_abs() >= 24 * 60 {
            Some(format!(
                "the UTC offset of {offset_minutes} minutes is a day or more"
            ))
        } else {
            None
        };
        match problem {
            None => Ok(DateTime {
                date,
                hour,
                minute,
                second,
                offset_minutes,
            }),
            Some(reason) => Err(DateError::new(
                "date-time",
                &format!("{date}T{hour:02}:{minute:02}:{second:02}"),
                reason,
            )),
        }
    }

    /// The moment `seconds` after 1970-01-01T00:00:00Z, written at
    /// `offset_minutes` east of UTC; an error when the offset is a day or
    /// more or the year would not have four digits.
    pub fn from_unix_timestamp(seconds: i64, offset_minutes: i16) -> Result<DateTime, DateError> {
        let out_of_range = || {
            DateError::new(
                "date-time",
                &seconds.to_string(),
                "the moment is outside the years 0000 to 9999",
            )
        };
        if offset_minutes.unsigned_abs() >= 24 * 60 {
            return Err(DateError::new(
                "date-time",
                &seconds.to_string(),
                format!("the UTC offset of {offset_minutes} minutes is a day or more"),
            ));
        }
        let local = seconds
            .checked_add(i64::from(offset_minutes) * 60)
            .ok_or_else(out_of_range)?;
        let date = Date::from_days(local.div_euclid(86_400)).ok_or_else(out_of_range)?;
        let of_day = local.rem_euclid(86_400);
        Ok(DateTime {
            date,
            hour: (of_day / 3600) as u8,
            minute: (of_day / 60 % 60) as u8,
            second: (of_day % 60) as u8,
            offset_minutes,
        })
    }

    /// The calendar date as written (at the value's own offset).
    pub fn date(&self) -> Date {
        self.date
    }

    /// The year, 0 to 9999.
    pub fn year(&self) -> u16 {
        self.date.year
    }

    /// The month, 1 to 12.
    pub fn month(&self) -> u8 {
        self.date.month
    }

    /// The day of the month, from 1.
    pub fn day(&self) -> u8 {
        self.date.day
    }

    /// The hour, 0 to 23.
    pub fn hour(&self) -> u8 {
        self.hour
    }

    /// The minute, 0 to 59.
    pub fn minute(&self) -> u8 {
        self.minute
    }

    /// The second, 0 to 59.
    pub fn second(&self) -> u8 {
        self.second
    }

    /// The UTC offset in minutes east of UTC: `180` for `+03:00`, `-330`
    /// for `-05:30`.
    pub fn offset_minutes(&self) -> i16 {
        self.offset_minutes
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    pub fn unix_timestamp(&self) -> i64 {
        self.date.days_from_epoch() * 86_400
            + i64::from(self.hour) * 3600
            + i64::from(self.minute) * 60
            + i64::from(self.second)
            - i64::from(self.offset_minutes) * 60
    }
}

impl PartialOrd for DateTime {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DateTime {
    /// Earlier moments first; one moment written at two offsets, the
    /// western one first.
    fn cmp(&self, other: &Self) -> Ordering {
        self.unix_timestamp()
            .cmp(&other.unix_timestamp())
            .then(self.offset_minutes.cmp(&other.offset_minutes))
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for DateTime {
    /// `YYYY-MM-DDThh:mm:ss±hh:mm`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let offset = self.offset_minutes.unsigned_abs();
        write!(
            f,
            "{}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
            self.date,
            self.hour,
            self.minute,
            self.second,
            offset / 60,
            offset % 60
        )
    }
}

/// Reads `digits` ASCII digits at `at` of `text`.
fn number(text: &[u8], at: usize, digits: usize) -> Option<u16> {
    let part = text.get(at..at + digits)?;
    part.iter().try_fold(0u16, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + u16::from(b - b'0'))
    })
}

const DATE_FORM: &str = "expected `YYYY-MM-DD`";
const DATETIME_FORM: &str = "expected `YYYY-MM-DDThh:mm:ss±hh:mm`";

/// The date at the start of `text` (which is ASCII), and the error's reason.
fn parse_date(text: &str, form: &str) -> Result<Date, String> {
    let b = text.as_bytes();
    let (Some(year), Some(b'-'), Some(month), Some(b'-'), Some(day)) = (
        number(b, 0, 4),
        b.get(4),
        number(b, 5, 2),
        b.get(7),
        number(b, 8, 2),
    ) else {
        return Err(form.to_owned());
    };
    let (month, day) = (month as u8, day as u8);
    match date_problem(year, month, day) {
        None => Ok(Date { year, month, day }),
        Some(reason) => Err(reason),
    }
}

fn parse_datetime(text: &str) -> Result<DateTime, String> {
    let b = text.as_bytes();
    if b.len() == 10 && parse_date(text, DATETIME_FORM).is_ok() {
        return Err(format!("{DATETIME_FORM}; this is a date without a time"));
    }
    let date = parse_date(text, DATETIME_FORM)?;
    let (Some(b'T'), Some(hour), Some(b':'), Some(minute), Some(b':'), Some(second)) = (
        b.get(10),
        number(b, 11, 2),
        b.get(13),
        number(b, 14, 2),
        b.get(16),
        number(b, 17, 2),
    ) else {
        return Err(DATETIME_FORM.to_owned());
    };
    let offset = match &b[19.min(b.len())..] {
        b"Z" => 0,
        [] => return Err(format!("{DATETIME_FORM}; the UTC offset is missing")),
        [sign @ (b'+' | b'-'), rest @ ..] => {
            let (Some(h), Some(b':'), Some(m), 5) = (
                number(rest, 0, 2),
                rest.get(2),
                number(rest, 3, 2),
                rest.len(),
            ) else {
                return Err(format!("{DATETIME_FORM}; the UTC offset is not `±hh:mm`"));
            };
            if m > 59 {
                return Err(format!("the UTC offset's minute {m} is not 0 to 59"));
            }
            let minutes = (h * 60 + m) as i16;
            if *sign == b'-' { -minutes } else { minutes }
        }
        [b'.', ..] => return Err("fractions of a second are not a form the portal uses".into()),
        _ => return Err(DATETIME_FORM.to_owned()),
    };
    DateTime::new(date, hour as u8, minute as u8, second as u8, offset).map_err(|e| e.reason)
}

impl FromStr for Date {
    type Err = DateError;

    /// `YYYY-MM-DD`, or a date-time whose date it keeps.
    fn from_str(text: &str) -> Result<Date, DateError> {
        let error = |reason: String| DateError::new("date", text, reason);
        if !text.is_ascii() {
            return Err(error(DATE_FORM.into()));
        }
        if text.len() > 10 {
            return parse_datetime(text).map(|t| t.date).map_err(|reason| {
                error(if reason.starts_with(DATETIME_FORM) {
                    format!("{DATE_FORM} or a date-time: {reason}")
                } else {
                    reason
                })
            });
        }
        match parse_date(text, DATE_FORM) {
            Ok(date) if text.len() == 10 => Ok(date),
            Ok(_) => Err(error(DATE_FORM.into())),
            Err(reason) => Err(error(reason)),
        }
    }
}

impl FromStr for DateTime {
    type Err = DateError;

    /// `YYYY-MM-DDThh:mm:ss±hh:mm`, or `Z` for `+00:00`.
    fn from_str(text: &str) -> Result<DateTime, DateError> {
        if !text.is_ascii() {
            return Err(DateError::new("date-time", text, DATETIME_FORM));
        }
        parse_datetime(text).map_err(|reason| DateError::new("date-time", text, reason))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Reads a string into `T` through its `FromStr`.
struct TextVisitor<T>(std::marker::PhantomData<T>, &'static str);

impl<T: FromStr<Err = DateError>> serde::de::Visitor<'_> for TextVisitor<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.1)
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TextVisitor(
            std::marker::PhantomData,
            "a date, `YYYY-MM-DD`",
        ))
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TextVisitor(
            std::marker::PhantomData,
            "a date-time, `YYYY-MM-DDThh:mm:ss±hh:mm`",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dt(text: &str) -> DateTime {
        text.parse().unwrap()
    }

    #[test]
    fn what_the_portal_sends_reads_and_writes_back_unchanged() {
        for text in [
            "2024-04-19T12:00:00+03:00",
            "2023-12-28T14:05:48+03:00",
            "1999-01-01T00:00:00-05:30",
            "2024-02-29T23:59:59+00:00",
        ] {
            assert_eq!(dt(text).to_string(), text);
        }
        for text in ["2025-12-28", "2024-02-29", "0001-01-01"] {
            assert_eq!(text.parse::<Date>().unwrap().to_string(), text);
        }
        assert_eq!(
            dt("2024-04-19T09:00:00Z").to_string(),
            "2024-04-19T09:00:00+00:00"
        );
    }

    #[test]
    fn parts_and_offset_are_kept() {
        let t = dt("2024-04-19T12:34:56-05:30");
        assert_eq!(
            (
                t.year(),
                t.month(),
                t.day(),
                t.hour(),
                t.minute(),
                t.second()
            ),
            (2024, 4, 19, 12, 34, 56)
        );
        assert_eq!(t.offset_minutes(), -330);
        assert_eq!(t.date(), Date::new(2024, 4, 19).unwrap());
    }

    #[test]
    fn a_date_reads_the_date_of_a_date_time_as_written() {
        let d: Date = "2001-11-11T02:00:00+02:00".parse().unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2001, 11, 11));
        let d: Date = "2001-11-11T23:30:00-03:00".parse().unwrap();
        assert_eq!(d.day(), 11);
    }

    #[test]
    fn unix_timestamps_go_both_ways() {
        assert_eq!(dt("1970-01-01T00:00:00+00:00").unix_timestamp(), 0);
        assert_eq!(dt("1970-01-01T03:00:00+03:00").unix_timestamp(), 0);
        assert_eq!(dt("1969-12-31T23:59:59+00:00").unix_timestamp(), -1);
        assert_eq!(
            dt("2024-04-19T12:00:00+03:00").unix_timestamp(),
            1_713_517_200
        );
        for text in [
            "2024-04-19T12:00:00+03:00",
            "2000-02-29T00:00:00-11:00",
            "0000-01-01T00:00:00+00:00",
            "9999-12-31T23:59:59+00:00",
        ] {
            let t = dt(text);
            let back = DateTime::from_unix_timestamp(t.unix_timestamp(), t.offset_minutes());
            assert_eq!(back, Ok(t), "{text}");
        }
        assert!(DateTime::from_unix_timestamp(i64::MAX, 0).is_err());
        assert!(DateTime::from_unix_timestamp(i64::MIN, -60).is_err());
        assert!(DateTime::from_unix_timestamp(0, 24 * 60).is_err());
    }

    #[test]
    fn moments_order_by_time_not_by_text() {
        let east = dt("2024-04-19T12:00:00+03:00");
        let utc = dt("2024-04-19T10:00:00+00:00");
        assert!(east < utc);
        assert_ne!(dt("2024-04-19T09:00:00+00:00"), east);
        assert!(dt("2024-04-19T09:00:00+00:00") < east);
        assert!(Date::new(2024, 1, 31).unwrap() < Date::new(2024, 2, 1).unwrap());
    }

    #[test]
    fn bad_text_says_what_is_wrong() {
        let date = |t: &str| t.parse::<Date>().unwrap_err().to_string();
        let time = |t: &str| t.parse::<DateTime>().unwrap_err().to_string();
        assert_eq!(
            date("2024-13-01"),
            "invalid date `2024-13-01`: month 13 is not 1 to 12"
        );
        assert_eq!(
            date("2023-02-29"),
            "invalid date `2023-02-29`: February 2023 has no day 29"
        );
        assert_eq!(
            date("11.11.2001"),
            "invalid date `11.11.2001`: expected `YYYY-MM-DD`"
        );
        assert_eq!(date(""), "invalid date ``: expected `YYYY-MM-DD`");
        assert!(date("2024-04-19x").contains("expected `YYYY-MM-DD` or a date-time"));
        assert!(date("2024-04-1é").contains("expected `YYYY-MM-DD`"));
        assert!(time("2024-04-19").contains("a date without a time"));
        assert!(time("2024-04-19T12:00:00").contains("the UTC offset is missing"));
        assert!(time("2024-04-19 12:00:00+03:00").contains("expected `YYYY-MM-DDThh:mm:ss±hh:mm`"));
        assert!(time("2024-04-19T12:00:00+0300").contains("not `±hh:mm`"));
        assert!(time("2024-04-19T12:00:00.5+03:00").contains("fractions"));
        assert!(time("2024-04-19T24:00:00+03:00").contains("hour 24 is not 0 to 23"));
        assert!(time("2024-04-19T12:60:00+03:00").contains("minute 60"));
        assert!(time("2024-04-19T12:00:60+03:00").contains("second 60"));
        assert!(time("2024-04-19T12:00:00+24:00").contains("a day or more"));
        assert!(time("2024-04-19T12:00:00+03:60").contains("offset's minute 60"));
        assert!(time("2024-04-19T12:00:00+03:00 ").contains("not `±hh:mm`"));
        let long = time(&"9".repeat(100));
        assert!(long.len() < 120, "{long}");
        assert!(Date::new(2024, 0, 1).is_err());
        assert!(Date::new(10000, 1, 1).is_err());
        let d = Date::new(2024, 1, 1).unwrap();
        assert!(DateTime::new(d, 0, 0, 0, -1440).is_err());
        assert!(DateTime::new(d, 23, 59, 59, -1439).is_ok());
    }

    #[test]
    fn any_text_parses_or_fails_without_panicking() {
        // Every prefix and a few mutations of valid forms.
        let seeds = [
            "2024-04-19T12:00:00+03:00",
            "2024-04-19",
            "9999-12-31T23:59:59-23:59",
        ];
        for seed in seeds {
            for end in 0..=seed.len() {
                let _ = seed[..end].parse::<Date>();
                let _ = seed[..end].parse::<DateTime>();
            }
            for (i, _) in seed.char_indices() {
                for c in ['x', '9', '-', ':', 'T', 'Z', '+', 'é', ' '] {
                    let mut s = seed.to_owned();
                    s.replace_range(i..=i, &c.to_string());
                    let _ = s.parse::<Date>();
                    let _ = s.parse::<DateTime>();
                }
            }
        }
    }

    #[test]
    fn serde_reads_and_writes_strings() {
        let t: DateTime = serde_json::from_str(r#""2024-04-19T12:00:00+03:00""#).unwrap();
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#""2024-04-19T12:00:00+03:00""#
        );
        let d: Date = serde_json::from_str(r#""2024-04-19""#).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), r#""2024-04-19""#);
        let e = serde_json::from_str::<Date>(r#""2024-04-31""#).unwrap_err();
        assert!(e.to_string().contains("April 2024 has no day 31"), "{e}");
        let e = serde_json::from_str::<DateTime>("1713517200").unwrap_err();
        assert!(e.to_string().contains("a date-time"), "{e}");
    }
}
