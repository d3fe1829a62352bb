// Likes and unlikes in place for a signed-in reader, through /likes/{id}.json. Without
// JavaScript, or when the request fails, the same form posts to /likes/{id}/ and comes back.
(() => {
    const section = document.getElementById("likes");
    const form = section && section.querySelector("form.like-form[method=post]");
    if (!form) return;
    const button = form.querySelector("button");
    const wanted = form.elements.namedItem("liked");

    form.addEventListener("submit", async (event) => {
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
            show(await response.json());
            button.disabled = false;
        } catch {
            form.submit();
        }
    });

    function show(likes) {
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
