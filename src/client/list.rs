//! Following the pages of a list method: [`Client::list`].

use super::batch::MAX_COMMANDS;
use super::{Client, Error, Transport};
use crate::{MethodError, Paged, Response, SystemError};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// One page's answer, or a failed call.
type Answer<M> = Result<Response<<M as crate::Method>::Output>, Error<<M as crate::Method>::Error>>;

/// The call in flight: one page, or a batch of pages (their answers in
/// order).
type Page<'a, M> = Pin<Box<dyn Future<Output = Vec<Answer<M>>> + Send + 'a>>;

/// One item of a list, or the error that ended it.
type ItemOf<M> = Result<<M as Paged>::Item, Error<<M as crate::Method>::Error>>;

/// Every item of a list method, page after page: the [`Stream`](futures_core::Stream)
/// [`Client::list`] returns.
///
/// It asks for the next page only when the items of the one before are
/// taken, with the offset the portal gave (`next`), and ends after the
/// page that has none. Each page is an ordinary call, so it waits out the
/// client's throttle and the method's time budget and is retried like any
/// other. A failed page ends the stream with its error.
///
/// [`batched`](ListStream::batched) fetches the pages after the first in
/// `batch` calls of up to 50 pages each instead.
pub struct ListStream<'a, M: Paged, T: Transport> {
    client: &'a Client<T>,
    request: M,
    page: Option<Page<'a, M>>,
    items: VecDeque<M::Item>,
    /// The offset of the page to ask for next; `None` once the last page
    /// is in.
    next: Option<i64>,
    /// The offset of the page asked for last, to tell a `next` that does
    /// not move on.
    offset: Option<i64>,
    /// The error to give once the items before it are taken.
    stuck: Option<Error<M::Error>>,
    first: bool,
    /// Fetch the pages after the first in batches.
    batched: bool,
    /// In batched mode, the offsets of the pages still to fetch.
    offsets: VecDeque<i64>,
    /// How many calls (pages or batches) have answered.
    pages_read: usize,
}

// The page in flight is boxed and nothing else is pinned in place.
impl<M: Paged, T: Transport> Unpin for ListStream<'_, M, T> {}

impl<T: Transport> Client<T> {
    /// Every item of a list method, across its pages, as a
    /// [`Stream`](futures_core::Stream): the request as given asks for the
    /// first page; each later page is the request at the `next` offset the
    /// answer before it gave.
    ///
    /// ```no_run
    /// # async fn run(client: bitrix24::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use bitrix24::im::search::department::List;
    ///
    /// let mut departments = client.list(&List::new("Sales"));
    /// while let Some(department) = departments.next_item().await {
    ///     println!("{:?}", department?.full_name);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list<M>(&self, request: &M) -> ListStream<'_, M, T>
    where
        M: Paged + Send + Sync,
        M::Output: Send,
    {
        ListStream {
            client: self,
            request: request.clone(),
            page: None,
            items: VecDeque::new(),
            next: None,
            offset: None,
            stuck: None,
            first: true,
            batched: false,
            offsets: VecDeque::new(),
            pages_read: 0,
        }
    }
}

impl<'a, M, T> ListStream<'a, M, T>
where
    M: Paged + Send + Sync + 'a,
    M::Output: Send,
    T: Transport,
{
    /// The next item, or `None` after the last: the stream's `next` for
    /// callers without a `StreamExt` at hand.
    pub async fn next_item(&mut self) -> Option<ItemOf<M>> {
        std::future::poll_fn(|cx| self.poll_item(cx)).await
    }

    /// Fetches the pages after the first with `batch`, up to 50 pages a
    /// call: once the first page has given `total`, the offsets of the
    /// others are known (the first page's size apart), so a list of `n`
    /// pages takes `1 + ceil((n - 1) / 50)` calls instead of `n`. Each
    /// batch waits out the throttle and the method's time budget like a
    /// call, but is not resent when its answer is lost. Without a `total`
    /// in the first answer, the pages are followed one by one as usual, and
    /// so are the pages of a REST 3.0 method, which a batch cannot carry.
    ///
    /// ```no_run
    /// # async fn run(client: bitrix24::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use bitrix24::im::search::department::List;
    ///
    /// let mut departments = client.list(&List::new("Sales")).batched();
    /// while let Some(department) = departments.next_item().await {
    ///     println!("{:?}", department?.full_name);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn batched(mut self) -> Self {
        // REST 3.0 methods cannot be batched: their pages come one a call.
        self.batched = M::INFO.api == crate::schema::Api::V2;
        self
    }

    fn ask(&mut self, offset: Option<i64>) {
        let request = match offset {
            Some(offset) => self.request.at_offset(offset),
            None => self.request.clone(),
        };
        self.offset = offset;
        let client = self.client;
        self.page = Some(Box::pin(async move {
            let answer = client.call_response(&request).await;
            vec![answer]
        }));
    }

    /// Asks for the next (up to) 50 pages of `offsets` in one batch.
    fn ask_batch(&mut self) {
        let take = self.offsets.len().min(MAX_COMMANDS);
        let requests: Vec<M> = self
            .offsets
            .drain(..take)
            .map(|o| self.request.at_offset(o))
            .collect();
        let client = self.client;
        self.page = Some(Box::pin(async move {
            let mut batch = client.batch();
            let mut keys = Vec::with_capacity(requests.len());
            for request in &requests {
                match batch.add(request) {
                    Ok(key) => keys.push(key),
                    Err(e) => return vec![Err(e)],
                }
            }
            match batch.send().await {
                Ok(results) => keys.into_iter().map(|k| results.get_response(k)).collect(),
                Err(e) => vec![Err(recode(e, M::NAME))],
            }
        }));
    }

    /// After the first page: the offsets of every other page, when the
    /// answer says how many items there are.
    fn plan_batches(&mut self, total: Option<i64>, page_len: usize) {
        let (Some(total), Some(next)) = (total, self.next) else {
            return;
        };
        let step = page_len.max(1) as i64;
        let mut offset = next;
        while offset < total {
            self.offsets.push_back(offset);
            offset += step;
        }
        // The batches replace following `next`.
        self.next = None;
    }

    fn poll_item(&mut self, cx: &mut Context<'_>) -> Poll<Option<ItemOf<M>>> {
        loop {
            if let Some(item) = self.items.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            if let Some(page) = self.page.as_mut() {
                let answers = std::task::ready!(page.as_mut().poll(cx));
                self.page = None;
                for answer in answers {
                    match answer {
                        Ok(response) if self.batched && self.pages_read == 0 => {
                            self.next = response.next;
                            let items = M::items(response.result);
                            self.plan_batches(response.total, items.len());
                            self.items.extend(items);
                        }
                        Ok(response) if self.batched => {
                            self.items.extend(M::items(response.result));
                        }
                        Ok(response) => {
                            // A `next` that does not move past the page just
                            // read would ask for it forever: its items still
                            // come, then this error.
                            self.next = match (response.next, self.offset) {
                                (Some(next), Some(offset)) if next <= offset => {
                                    self.stuck = Some(Error::Decode {
                                        method: M::NAME,
                                        status: 200,
                                        reason: format!(
                                            "the answer for offset {offset} gave `next` {next}, which does not move on"
                                        ),
                                        body: String::new(),
                                    });
                                    None
                                }
                                (Some(next), _) => Some(next),
                                // No `next` (REST 3.0): the request says
                                // whether a page this long has a successor.
                                (None, offset) => {
                                    let asked = match offset {
                                        Some(o) => self.request.at_offset(o),
                                        None => self.request.clone(),
                                    };
                                    let items = M::items(response.result);
                                    let next = asked.following(items.len());
                                    self.items.extend(items);
                                    self.next = next;
                                    continue;
                                }
                            };
                            self.items.extend(M::items(response.result));
                        }
                        Err(error) => {
                            // The items before the failed page come first.
                            self.next = None;
                            self.offsets.clear();
                            self.stuck = Some(error);
                            break;
                        }
                    }
                }
                self.pages_read += 1;
                continue;
            }
            if let Some(error) = self.stuck.take() {
                return Poll::Ready(Some(Err(error)));
            }
            if std::mem::take(&mut self.first) {
                self.ask(None);
                continue;
            }
            if !self.offsets.is_empty() {
                self.ask_batch();
                continue;
            }
            match self.next.take() {
                Some(offset) => self.ask(Some(offset)),
                None => return Poll::Ready(None),
            }
        }
    }
}

impl<'a, M, T> futures_core::Stream for ListStream<'a, M, T>
where
    M: Paged + Send + Sync + 'a,
    M::Output: Send,
    T: Transport,
{
    type Item = ItemOf<M>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_item(cx)
    }
}

/// A failed batch, as the error of the list method it was paging.
fn recode<E: MethodError>(error: Error<SystemError>, method: &'static str) -> Error<E> {
    match error {
        Error::Api {
            error,
            status,
            description,
            ..
        } => Error::Api {
            method,
            error: E::from_code(error.code()),
            status,
            description,
        },
        Error::OutcomeUnknown { source, .. } => Error::OutcomeUnknown { method, source },
        Error::Transport { source, .. } => Error::Transport { method, source },
        Error::Decode {
            status,
            reason,
            body,
            ..
        } => Error::Decode {
            method,
            status,
            reason,
            body,
        },
        Error::Request { reason, .. } => Error::Request { method, reason },
        Error::Refresh { source, .. } => Error::Refresh { method, source },
        Error::NotRun { .. } => Error::NotRun { method },
    }
}
