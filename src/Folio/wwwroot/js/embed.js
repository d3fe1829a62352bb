// The framed side of WordPress's post-embed protocol (its wp-embed script runs in the framing
// page): the framing page gives this frame a secret in the address's fragment ("#?secret=…"),
// and the frame tells it, by postMessage with that secret, its height ("height") so the frame
// fits the card, and which link was followed ("link"): WordPress frames a card sandboxed, which
// may not lead the framing page away itself. Unframed, or framed without a secret, it does nothing.
(() => {
    "use strict";
    if (window.self === window.top) return;
    let secret = "";

    const send = (message, value) => {
        if (secret) window.parent.postMessage({ message, value, secret }, "*");
    };
    const sendHeight = () => send("height", Math.ceil(document.body.getBoundingClientRect().height));

    const readSecret = () => {
        const found = /secret=([A-Za-z0-9]{10})/.exec(window.location.hash);
        if (found && found[1] !== secret) {
            secret = found[1];
            sendHeight();
        }
    };

    window.addEventListener("hashchange", readSecret);
    // The framing page says "ready" once its script runs, which may be after this frame loaded.
    window.addEventListener("message", event => {
        const data = event.data;
        if (event.source === window.parent && data && secret && data.secret === secret && data.message === "ready") sendHeight();
    });
    document.addEventListener("click", event => {
        const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
        if (!link || !secret || event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        send("link", link.href);
    });
    // The card's height changes with the frame's width and when the featured image arrives.
    new ResizeObserver(sendHeight).observe(document.body);
    readSecret();
})();
