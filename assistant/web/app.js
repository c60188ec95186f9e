/* Mentorat page: start the rasa-webchat widget, report the server's reachability honestly,
   and offer a fresh conversation. Settings come from /config.js (window.MENTORAT_CONFIG). */
(function () {
  "use strict";
  var config = window.MENTORAT_CONFIG || {};
  var socketUrl = config.socketUrl || (window.location.protocol + "//" + window.location.hostname + ":5005");
  // Where the reachability check goes: the Rasa server's root, or MENTORAT_HEALTH_URL behind a proxy.
  var healthUrl = config.healthUrl || (socketUrl + "/");
  var SESSION_KEY = "chat_session"; // where rasa-webchat keeps the conversation's session_id

  window.WebChat.default({
    selector: "#chat",
    initPayload: "/greet",
    customData: { language: "fr" },
    socketUrl: socketUrl,
    socketPath: "/socket.io/",
    embedded: true,
    showFullScreenButton: false,
    hideWhenNotConnected: false,
    title: "Mentorat",
    subtitle: "Votre coach de mentorat",
    inputTextFieldHint: "Écrivez votre message…",
    connectingText: "Connexion au serveur…",
    params: { storage: "local" }
  }, document.getElementById("chat"));

  // rasa-webchat draws an image message (attachment payload {src, title}) as a caption <b> and an <img> without
  // alt text. Give each picture its caption as alt (the progress charts' captions are their alt sentences), and
  // hide the caption from screen readers, which read the alt instead of the same sentence twice.
  function describeImages(root) {
    var frames = root.querySelectorAll ? root.querySelectorAll("img.rw-image-frame:not([alt])") : [];
    Array.prototype.forEach.call(frames, function (img) {
      var holder = img.closest(".image");
      var caption = holder ? holder.querySelector(".rw-image-title") : null;
      var text = caption ? caption.textContent.trim() : "";
      img.setAttribute("alt", text || "Image envoyée par Mentorat");
      if (caption && text) { caption.setAttribute("aria-hidden", "true"); }
    });
  }
  var chat = document.getElementById("chat");
  if (chat && window.MutationObserver) {
    new MutationObserver(function () { describeImages(chat); }).observe(chat, { childList: true, subtree: true });
    describeImages(chat);
  }

  var banner = document.getElementById("server-status");
  var wasDown = false;
  function show(text, ok) {
    if (!banner) { return; }
    banner.textContent = text;
    banner.className = ok ? "status ok" : "status";
    banner.hidden = false;
  }
  function check() {
    fetch(healthUrl, { cache: "no-store" }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      if (wasDown) {
        show("Connexion rétablie : vous pouvez reprendre la conversation.", true);
        setTimeout(function () { if (banner) { banner.hidden = true; } }, 4000);
      }
      wasDown = false;
    }).catch(function () {
      wasDown = true;
      show("Le serveur de Mentorat ne répond pas pour le moment. Rien de ce qui est enregistré n'est perdu ; " +
           "nouvelle tentative automatique dans quelques secondes.", false);
    });
  }
  check();
  setInterval(check, config.healthIntervalMs || 5000);

  var restart = document.getElementById("new-conversation");
  if (restart) {
    restart.addEventListener("click", function () {
      window.localStorage.removeItem(SESSION_KEY);
      window.sessionStorage.removeItem(SESSION_KEY);
      window.location.reload();
    });
  }
}());
