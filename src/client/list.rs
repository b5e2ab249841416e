//! Following the pages of a list method: [`Client::list`].

use super::{Client, Error, Transport};
use crate::{Paged, Response};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

type Page<'a, M> = Pin<
    Box<
        dyn Future<
                Output = Result<
                    Response<<M as crate::Method>::Output>,
                    Error<<M as crate::Method>::Error>,
                >,
            > + Send
            + 'a,
    >,
>;

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

    fn ask(&mut self, offset: Option<i64>) {
        let request = match offset {
            Some(offset) => self.request.at_offset(offset),
            None => self.request.clone(),
        };
        self.offset = offset;
        let client = self.client;
        self.page = Some(Box::pin(
            async move { client.call_response(&request).await },
        ));
    }

    fn poll_item(&mut self, cx: &mut Context<'_>) -> Poll<Option<ItemOf<M>>> {
        loop {
            if let Some(item) = self.items.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            if let Some(page) = self.page.as_mut() {
                let answer = std::task::ready!(page.as_mut().poll(cx));
                self.page = None;
                match answer {
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
                            (next, _) => next,
                        };
                        self.items.extend(M::items(response.result));
                    }
                    Err(error) => {
                        self.next = None;
                        return Poll::Ready(Some(Err(error)));
                    }
                }
                continue;
            }
            if let Some(error) = self.stuck.take() {
                return Poll::Ready(Some(Err(error)));
            }
            if std::mem::take(&mut self.first) {
                self.ask(None);
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
