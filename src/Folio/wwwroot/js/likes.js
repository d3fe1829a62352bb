// Likes and unlikes in place for a signed-in reader, through /likes/{id}.json. Their form comes
// with their personal parts (personal.js), after this script has run: the section listens.
// When the request fails, the same form posts to /likes/{id}/ and comes back.
(() => {
    const section = document.getElementById("likes");
    if (!section) return;

    section.addEventListener("submit", async (event) => {
        const form = event.target;
        if (!form.matches("form.like-form[method=post]")) return;
        const button = form.querySelector("button");
        const wanted = form.elements.namedItem("liked");
        event.preventDefault();
        button.disabled = true;
        try {
            const response = await fetch(section.dataset.api, {
                method: "POST",
                credentials: "same-origin",
                headers: {
                    "Content-Type": "application/json",
                    "RequestVerificationToken": form.elements.namedItem("__RequestVerificationToken").value,
                },
                body: JSON.stringify({ liked: wanted.value === "true" }),
            });
            if (!response.ok) throw new Error(`The like was not saved (${response.status}).`);
            show(await response.json(), button, wanted);
            button.disabled = false;
        } catch {
            form.submit();
        }
    });

    function show(likes, button, wanted) {
        button.setAttribute("aria-pressed", String(likes.liked));
        button.textContent = likes.liked ? section.dataset.liked : section.dataset.like;
        wanted.value = String(!likes.liked);
        section.querySelector(".likes-summary").textContent = likes.summary;
        const list = section.querySelector(".likers");
        list.replaceChildren(...likes.likers.map((liker) => {
            const image = Object.assign(document.createElement("img"), { src: liker.avatarUrl, alt: liker.name, width: 32, height: 32 });
            const link = Object.assign(document.createElement("a"), { href: liker.profileUrl });
            const item = document.createElement("li");
            link.append(image);
            item.append(link);
            return item;
        }));
        if (likes.more > 0) {
            list.append(Object.assign(document.createElement("li"), { className: "likers-more", textContent: section.dataset.more.replace("{0}", likes.more) }));
        }
    }
})();
