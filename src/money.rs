//! [`Money`]: the value of a user field of type `money`, which portals send
//! and take as one string, the amount and the currency code joined by `|`
//! (`300|RUB`, `99.5|USD`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// An amount in a currency, as a `money` user field holds it (`300|RUB`).
///
/// ```
/// use bitrix24::Money;
///
/// let price: Money = "99.5|USD".parse()?;
/// assert_eq!((price.amount(), price.currency()), (99.5, "USD"));
/// assert_eq!(price.to_string(), "99.5|USD");
/// assert!("99.5 USD".parse::<Money>().is_err());
/// # Ok::<(), bitrix24::MoneyError>(())
/// ```
///
/// With [`UserFields`](crate::UserFields), a `Field<T, Money>` reads and
/// sets such a field typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Money {
    amount: f64,
    currency: String,
}

impl Money {
    /// An amount in a currency (`USD`, `RUB`, or a code the portal defines).
    /// Refused: an amount that is not finite, and a currency code that is
    /// empty or holds `|` or whitespace.
    pub fn new(amount: f64, currency: impl Into<String>) -> Result<Self, MoneyError> {
        let currency = currency.into();
        if !amount.is_finite() {
            return Err(MoneyError(format!("the amount {amount} is not a number")));
        }
        if currency.is_empty() || currency.contains(|c: char| c == '|' || c.is_whitespace()) {
            return Err(MoneyError(format!("{currency:?} is not a currency code")));
        }
        Ok(Money { amount, currency })
    }

    /// The amount.
    pub fn amount(&self) -> f64 {
        self.amount
    }

    /// The currency code.
    pub fn currency(&self) -> &str {
        &self.currency
    }
}

impl fmt::Display for Money {
    /// `amount|CURRENCY`, as portals take it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}|{}", self.amount, self.currency)
    }
}

impl FromStr for Money {
    type Err = MoneyError;

    fn from_str(text: &str) -> Result<Self, MoneyError> {
        let (amount, currency) = text.trim().split_once('|').ok_or_else(|| {
            MoneyError(format!(
                "{text:?} is not money: expected an amount and a currency code joined by `|`, such as `300|RUB`"
            ))
        })?;
        let amount = amount.trim().parse::<f64>().map_err(|_| {
            MoneyError(format!(
                "{text:?} is not money: {amount:?} is not an amount"
            ))
        })?;
        Money::new(amount, currency.trim())
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl From<Money> for serde_json::Value {
    fn from(money: Money) -> Self {
        serde_json::Value::String(money.to_string())
    }
}

/// Text that is not `amount|CURRENCY`, or an amount or code that is not
/// valid; the message says which.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoneyError(String);

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for MoneyError {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn money_reads_and_writes_the_portals_form() {
        let m: Money = " 300 | RUB ".parse().unwrap();
        assert_eq!(
            (m.amount(), m.currency(), m.to_string()),
            (300.0, "RUB", "300|RUB".into())
        );
        assert_eq!(serde_json::to_value(&m).unwrap(), json!("300|RUB"));
        let back: Money = serde_json::from_value(json!("0.25|EUR")).unwrap();
        assert_eq!(back, Money::new(0.25, "EUR").unwrap());
    }

    #[test]
    fn bad_money_says_what_is_wrong() {
        for (text, why) in [
            ("300", "joined by `|`"),
            ("abc|USD", "\"abc\" is not an amount"),
            ("5|", "is not a currency code"),
            ("5|U S", "is not a currency code"),
            ("inf|USD", "is not a number"),
            ("NaN|USD", "is not a number"),
        ] {
            let e = text.parse::<Money>().unwrap_err();
            assert!(e.to_string().contains(why), "{text}: {e}");
        }
        assert!(serde_json::from_value::<Money>(json!(300)).is_err());
    }
}
