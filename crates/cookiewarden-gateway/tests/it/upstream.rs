//! The gateway's connections to the application: a visitor's keep-alive connection holds one
//! of its own, hands it to the next visitor when idle or gone, and opens another when the
//! application closed it.

use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper::Request;
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;

use crate::harness::{Gateway, Options, Upstream};

/// One visitor connection to the gateway, kept open across requests.
async fn visitor(gateway: &Gateway) -> SendRequest<Empty<Bytes>> {
    let stream = tokio::net::TcpStream::connect(gateway.address)
        .await
        .unwrap();
    let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .unwrap();
    tokio::spawn(connection);
    sender
}

/// The body of `path`, asked on `visitor`'s connection.
async fn ask(visitor: &mut SendRequest<Empty<Bytes>>, path: &str) -> String {
    visitor.ready().await.unwrap();
    let request = Request::get(path)
        .header("host", "shop.test")
        .body(Empty::new())
        .unwrap();
    let response = visitor.send_request(request).await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    let body = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8(body.to_vec()).unwrap()
}

#[tokio::test]
async fn a_visitor_connection_keeps_one_connection_to_the_application() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let mut first = visitor(&gateway).await;
    let mut second = visitor(&gateway).await;
    let kept = ask(&mut first, "/peer").await;
    assert_eq!(ask(&mut first, "/peer").await, kept, "the same connection");
    assert!(ask(&mut first, "/").await.contains("Shop"));
    assert_eq!(ask(&mut first, "/peer").await, kept, "the same connection");
    // Another visitor's requests do not share it.
    assert_ne!(ask(&mut second, "/peer").await, kept);
}

#[tokio::test]
async fn a_connection_the_application_closed_is_replaced_without_an_error() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let mut visitor = visitor(&gateway).await;
    for _ in 0..5 {
        // The application hangs up after each answer, unannounced: the next request goes out
        // on a new connection, and the visitor sees no fault.
        let closed = ask(&mut visitor, "/hangup").await;
        let next = ask(&mut visitor, "/peer").await;
        assert_ne!(next, closed);
    }
}

#[tokio::test]
async fn an_idle_visitor_hands_its_connection_to_the_next_visitor() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let mut quiet = visitor(&gateway).await;
    let held = ask(&mut quiet, "/peer").await;
    // Longer than the gateway holds a connection for a visitor who sends nothing (1 s),
    // shorter than a spare one is kept after its last request (2 s).
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mut next = visitor(&gateway).await;
    assert_eq!(ask(&mut next, "/peer").await, held, "handed on, not closed");
    assert_ne!(
        ask(&mut quiet, "/peer").await,
        held,
        "no longer the quiet one's"
    );
}

#[tokio::test]
async fn a_visitor_that_leaves_hands_its_connection_to_the_next_one() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let mut short = visitor(&gateway).await;
    let held = ask(&mut short, "/peer").await;
    drop(short);
    // The visitor connection closes on the gateway's side once it reads the end.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut next = visitor(&gateway).await;
    assert_eq!(ask(&mut next, "/peer").await, held);
}

#[tokio::test]
async fn an_answer_slower_than_the_hold_time_arrives_whole() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let mut visitor = visitor(&gateway).await;
    // Its body takes 2.5 s, past the time a quiet connection is held.
    assert_eq!(ask(&mut visitor, "/drip").await, "x".repeat(5000));
    ask(&mut visitor, "/peer").await;
}

#[tokio::test]
async fn a_request_naming_no_host_reaches_the_application_under_its_own_name() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    // HTTP/1.0 needs no Host: the application gets the host and port of its URL.
    let answer = crate::harness::send_raw(gateway.address, b"GET /echo HTTP/1.0\r\n\r\n").await;
    let body = answer.split("\r\n\r\n").nth(1).unwrap();
    let echoed: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(echoed["host"], format!("127.0.0.1:{}", upstream.port));
}

#[tokio::test]
async fn every_accept_encoding_line_counts_for_a_rewritten_page() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let request = format!(
        "GET / HTTP/1.1\r\nHost: {}\r\nAccept: text/html\r\nAccept-Encoding: identity\r\n\
         Accept-Encoding: gzip\r\nConnection: close\r\n\r\n",
        gateway.address
    );
    let answer = crate::harness::send_raw(gateway.address, request.as_bytes()).await;
    let head = answer
        .split("\r\n\r\n")
        .next()
        .unwrap()
        .to_ascii_lowercase();
    assert!(head.contains("content-encoding: gzip"), "{head}");
}
