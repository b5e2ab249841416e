//! Faults a test can inject: slow answers, errors, dropped connections.

use std::time::Duration;

/// What a fault does to a call.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FaultKind {
    /// Wait this long before processing the call (or, with
    /// [`Fault::after_processing`], between processing and answering).
    Delay(Duration),
    /// Answer this error code, with the status its table documents
    /// (`INTERNAL_SERVER_ERROR` → 500, `OVERLOAD_LIMIT` → 503, ...).
    Error(String),
    /// Close the TCP connection without answering: after processing the
    /// call (the default of [`Fault::drop_connection`]), or before it with
    /// [`Fault::before_processing`].
    DropConnection,
}

/// A fault, to give to [`crate::Mock::inject`]: what happens, to which
/// calls, and how many times.
///
/// ```
/// use bitrix24_mock::Fault;
/// use std::time::Duration;
///
/// // The next call answers 500 INTERNAL_SERVER_ERROR without doing anything.
/// let fault = Fault::internal_server_error().once();
/// // Every im.chat.add waits 200 ms before it runs.
/// let slow = Fault::delay(Duration::from_millis(200)).method("im.chat.add");
/// // The next two imbot.v2.Chat.add calls create their chat, then the
/// // connection is closed without an answer.
/// let drop = Fault::drop_connection().method("imbot.v2.Chat.add").times(2);
/// // The next call is read, then the connection is closed: nothing is done.
/// let lost = Fault::drop_connection().before_processing().once();
/// # let _ = (fault, slow, drop, lost);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    pub(crate) kind: FaultKind,
    pub(crate) method: Option<String>,
    pub(crate) remaining: Option<u32>,
    pub(crate) after_processing: bool,
}

impl Fault {
    fn new(kind: FaultKind, after_processing: bool) -> Self {
        Fault {
            kind,
            method: None,
            remaining: None,
            after_processing,
        }
    }

    /// Waits `delay` before the call is processed.
    pub fn delay(delay: Duration) -> Self {
        Fault::new(FaultKind::Delay(delay), false)
    }

    /// Answers `INTERNAL_SERVER_ERROR` (500) before the call is processed.
    pub fn internal_server_error() -> Self {
        Fault::error("INTERNAL_SERVER_ERROR")
    }

    /// Answers an error code before the call is processed; the HTTP status
    /// comes from the method's or the system error table (400 when the
    /// code is in neither).
    pub fn error(code: impl Into<String>) -> Self {
        Fault::new(FaultKind::Error(code.into()), false)
    }

    /// Processes the call (a chat is created), then closes the connection
    /// without sending a response.
    pub fn drop_connection() -> Self {
        Fault::new(FaultKind::DropConnection, true)
    }

    /// Lets the call be processed first: a delay then holds the answer back,
    /// an error is answered although the call did its work.
    pub fn after_processing(mut self) -> Self {
        self.after_processing = true;
        self
    }

    /// Applies the fault before the call is processed (the default, except
    /// for [`Fault::drop_connection`]): a connection dropped this way had
    /// its request read, and nothing was done.
    pub fn before_processing(mut self) -> Self {
        self.after_processing = false;
        self
    }

    /// Applies only to this method (any case, as the portal matches names;
    /// `batch` for batch calls).
    pub fn method(mut self, method: impl Into<String>) -> Self {
        self.method = Some(method.into());
        self
    }

    /// Applies to the next `n` matching calls only, then disappears.
    pub fn times(mut self, n: u32) -> Self {
        self.remaining = Some(n);
        self
    }

    /// Applies to the next matching call only.
    pub fn once(self) -> Self {
        self.times(1)
    }

    /// Applies to every matching call until [`crate::Mock::clear_faults`]
    /// (the default).
    pub fn persistent(mut self) -> Self {
        self.remaining = None;
        self
    }

    /// What it does.
    pub fn kind(&self) -> &FaultKind {
        &self.kind
    }
}

/// The faults that apply to one call, taken from the list.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    pub delay_before: Duration,
    pub delay_after: Duration,
    pub error_before: Option<String>,
    pub error_after: Option<String>,
    pub drop_before: bool,
    pub drop_connection: bool,
}

/// Takes the faults matching `method` (counting one-shot ones down).
pub(crate) fn plan(faults: &mut Vec<Fault>, method: &str) -> Plan {
    let mut plan = Plan::default();
    for fault in faults.iter_mut() {
        if let Some(m) = &fault.method
            && !m.eq_ignore_ascii_case(method)
        {
            continue;
        }
        if fault.remaining == Some(0) {
            continue;
        }
        if let Some(n) = &mut fault.remaining {
            *n -= 1;
        }
        match (&fault.kind, fault.after_processing) {
            (FaultKind::Delay(d), false) => plan.delay_before += *d,
            (FaultKind::Delay(d), true) => plan.delay_after += *d,
            (FaultKind::Error(code), false) => {
                plan.error_before.get_or_insert_with(|| code.clone());
            }
            (FaultKind::Error(code), true) => {
                plan.error_after.get_or_insert_with(|| code.clone());
            }
            (FaultKind::DropConnection, false) => plan.drop_before = true,
            (FaultKind::DropConnection, true) => plan.drop_connection = true,
        }
    }
    faults.retain(|f| f.remaining != Some(0));
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_shot_faults_run_out_and_filters_apply() {
        let mut faults = vec![
            Fault::internal_server_error().once(),
            Fault::delay(Duration::from_millis(5)).method("IM.CHAT.ADD"),
        ];
        let p = plan(&mut faults, "im.chat.add");
        assert_eq!(p.error_before.as_deref(), Some("INTERNAL_SERVER_ERROR"));
        assert_eq!(p.delay_before, Duration::from_millis(5));
        assert_eq!(faults.len(), 1);
        let p = plan(&mut faults, "batch");
        assert!(p.error_before.is_none() && p.delay_before.is_zero());
        let p = plan(&mut faults, "im.chat.add");
        assert_eq!(p.delay_before, Duration::from_millis(5));
    }

    #[test]
    fn a_connection_is_dropped_before_or_after_processing() {
        let mut faults = vec![
            Fault::drop_connection().once(),
            Fault::drop_connection().before_processing().once(),
        ];
        let p = plan(&mut faults, "im.chat.add");
        assert!(p.drop_connection && p.drop_before);
        assert!(faults.is_empty());
    }
}
