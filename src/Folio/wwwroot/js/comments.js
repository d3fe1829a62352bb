// "Leave a Reply", improved in place. Without this script the form still works: it posts, the
// server redirects to the comment, and "Reply" links reload the page with the form under way.
(() => {
    // "Quicker than anyone can write" is measured from when the reader started writing on this
    // post, which may be before this page loaded (a reload, a round trip to log in): the first
    // keystroke's time is kept for the tab. Without storage, the page load is the start.
    const openedAt = Date.now();
    const startKey = `folio-comment-started:${location.pathname}`;
    const inTab = (use) => {
        try {
            return use(sessionStorage);
        } catch {
            return null;
        }
    };
    const noteStart = () => inTab((tab) => tab.getItem(startKey) || tab.setItem(startKey, String(Date.now())));
    const forgetStart = () => inTab((tab) => tab.removeItem(startKey));
    const secondsWriting = () => (Date.now() - Math.min(openedAt, Number(inTab((tab) => tab.getItem(startKey))) || openedAt)) / 1000;

    // The page is cached for everyone, so it never holds anyone's details: a guest's name,
    // email and website come from the cookie this browser was asked to keep.
    function prefillGuest(form) {
        if (form.dataset.remember !== "guest") return;
        const cookie = document.cookie.split("; ").find((part) => part.startsWith("folio_commenter="));
        if (!cookie) return;
        try {
            const saved = JSON.parse(decodeURIComponent(cookie.slice("folio_commenter=".length)));
            for (const [field, value] of [["Form.Author", saved.Name], ["Form.Email", saved.Email], ["Form.Url", saved.Url]]) {
                const input = form.elements.namedItem(field);
                if (input && !input.value && value) input.value = value;
            }
            form.elements.namedItem("Form.Remember").checked = true;
        } catch {
            // A damaged cookie only means the fields stay empty.
        }
    }

    // "Reply" moves the form under the comment, as WordPress does, instead of reloading.
    function bindReplies(section) {
        const respond = section.querySelector("#respond");
        if (!respond) return;
        const form = respond.querySelector("form.comment-form");
        const title = respond.querySelector("[data-reply-title]");
        const cancel = respond.querySelector("[data-cancel-reply]");
        const home = document.createComment("respond");
        respond.before(home);

        section.addEventListener("click", (event) => {
            const reply = event.target.closest("a[data-reply-to]");
            if (!reply) return;
            event.preventDefault();
            reply.closest("li").querySelector(":scope > article").after(respond);
            form.elements.namedItem("Form.ParentId").value = reply.dataset.replyTo;
            title.textContent = title.dataset.replyToTemplate.replace("{0}", reply.dataset.author);
            cancel.hidden = false;
            form.elements.namedItem("Form.Comment").focus();
        });
        cancel.addEventListener("click", (event) => {
            event.preventDefault();
            home.after(respond);
            form.elements.namedItem("Form.ParentId").value = "";
            title.textContent = title.dataset.leaveReply;
            cancel.hidden = true;
        });
    }

    // Posts the form without leaving the page, then shows the discussion as it now stands.
    function bindPosting(section) {
        const form = section.querySelector("form.comment-form");
        if (!form) return;
        form.addEventListener("input", noteStart);
        form.addEventListener("submit", async (event) => {
            // A provider's button takes the form (and what was typed) to its login: let it go, and say so.
            const provider = event.submitter && event.submitter.dataset.connecting;
            if (provider) {
                event.submitter.textContent = provider;
                return;
            }
            event.preventDefault();
            const button = form.querySelector("button[type=submit]:not([form])");
            button.disabled = true;
            const fields = new URLSearchParams(new FormData(form));
            fields.set("Form.SecondsOnPage", secondsWriting().toFixed(1));
            let landed = null;
            try {
                const answer = await fetch(form.action, { method: "POST", body: fields, headers: { "X-Folio-Form": "in-place" } });
                if ((answer.headers.get("Content-Type") || "").includes("json")) {
                    landed = (await answer.json()).location;
                    forgetStart();
                    const page = await fetch(landed);
                    show(await page.text(), landed);
                } else {
                    show(await answer.text(), null);
                }
            } catch {
                // The comment is saved but its page did not load: go there. Not sent at all:
                // nothing was lost from the form, so let the browser post it the plain way.
                if (landed) window.location.assign(landed);
                else form.submit();
            }
        });
    }

    function show(html, location) {
        const fresh = new DOMParser().parseFromString(html, "text/html").querySelector("#comments");
        const current = document.querySelector("#comments");
        if (!fresh || !current) {
            window.location.assign(location || window.location.href);
            return;
        }
        current.replaceWith(fresh);
        // The discussion as everyone sees it: personal.js gives a signed-in reader their form back.
        fresh.dispatchEvent(new CustomEvent("folio:replaced", { bubbles: true }));
        bind(fresh);
        if (location) history.replaceState(null, "", location);
        const target = location && location.includes("#") ? document.getElementById(location.split("#")[1]) : fresh.querySelector(".form-errors");
        (target || fresh).scrollIntoView({ block: "center" });
    }

    function bind(section) {
        const form = section.querySelector("form.comment-form");
        if (form) prefillGuest(form);
        bindReplies(section);
        bindPosting(section);
    }

    const section = document.querySelector("#comments");
    if (section) bind(section);
})();
