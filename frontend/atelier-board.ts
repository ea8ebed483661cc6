import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
// Vaadin's own icon set: the badges render the same on every system (emoji need a font many lack).
import '@vaadin/icon';
import '@vaadin/icons';

/**
 * The board canvas: zones laid out as the template's canvas, cards as sticky notes.
 *
 * The server stays the single source of truth. Whenever this element is connected (first load, or the
 * client rebuilt after a resynchronisation) it asks the server for the whole board (ready -> setBoard);
 * then the server sends one card per change (upsertCard / removeCard). Updates may arrive out of order
 * from concurrent writers: an older version never replaces a newer one, and a removed card stays removed
 * unless it comes back newer than it went (restored from the trash, an undone deletion: one version on).
 * Card changes come over the page's own feed socket once it is connected (followFeed: one message per change, the
 * same for every page of the board), otherwise with Vaadin's push. Updates that carry the board's event seq are
 * merged by it: a whole board sent as of seq S keeps the changes this canvas already applied after S.
 * Gestures go back to the server through $server calls; a drag is shown optimistically and then confirmed
 * (or corrected) by the server's upsert. User text is bound as Lit text, never as HTML.
 */

interface Area { col: number; row: number; colSpan: number; rowSpan: number }
interface Zone { id: string; label: string; hint: string; area: Area; group?: string }
interface Group { id: string; label: string; area: Area; shape: string }
interface Layout { columns: number; rows: number; zones: Zone[]; groups: Group[] }
interface Card {
  id: string; zone: string; text: string; color: string; x: number; y: number;
  author?: string; fieldCount?: number; locked?: boolean; votes?: number; status?: string; hidden?: boolean; comments?: number; plusOnes?: number; group?: string;
  evidence?: number;
  /** The first image's thumbnail (fetched with this person's cookies, checked by the server) and how many. */
  thumb?: string; images?: number;
  /** The breakout group working on it (its id). */
  team?: string;
  version: number;
}
interface Labels {
  add: string; openCard: string; fieldsBadge: string; locked: string; lockZone: string; unlockZone: string;
  vote: string; unvote: string; votes: string; myVotes: string; agreed: string; setAside: string; privateCard: string; comments: string; group: string; evidence: string; plusOnes: string;
  images: string;
  /** Keyboard and screen readers: the list view, the moves, what others change. */
  listView: string; moveHint: string; movedTo: string; newCard: string; removedCard: string;
  noCards: string;
}
interface Session {
  locked: boolean; lockedZones: string[]; voteOpen?: boolean; myVotes?: Record<string, number>; spotlight?: string | null;
  /** This person's breakout group, and every group's name by id. */
  myGroup?: string; groups?: Record<string, string>;
}

interface Drag {
  id: string; pointerId: number; startX: number; startY: number;
  offsetX: number; offsetY: number; moved: boolean; left: number; top: number;
}

const DRAG_THRESHOLD_PX = 4;

@customElement('atelier-board')
export class AtelierBoard extends LitElement {
  @state() private layout: Layout = { columns: 1, rows: 1, zones: [], groups: [] };
  @state() private cards = new Map<string, Card>();
  @state() private labels: Labels = {
    add: '+', openCard: '', fieldsBadge: '', locked: '', lockZone: '', unlockZone: '', vote: '', unvote: '', votes: '',
    myVotes: '', agreed: '', setAside: '', privateCard: '', comments: '', group: '', evidence: '', images: '', plusOnes: '',
    listView: '', moveHint: '', movedTo: '', newCard: '', removedCard: '', noCards: '',
  };
  /** The list view: zones as headings, cards as list items, for screen readers and keyboards (this person's choice). */
  @state() private listMode = false;
  /** What a screen reader says politely: a card moved by keyboard, another person's new or removed card. */
  @state() private announcement = '';
  /** A card moved by keyboard keeps the focus once it is drawn in its new zone. */
  private focusAfterRender?: string;
  @state() private session: Session = { locked: false, lockedZones: [] };
  @state() private drag?: Drag;

  /**
   * Cards removed since the last setBoard, with the version they had (0 if never seen here): a late upsert of that
   * version or older must not bring them back; a restored card comes back one version on.
   */
  private removed = new Map<string, number>();
  /** The seq of the last change applied to each card (removed ones too), for merging a whole board sent later. */
  private changedAt = new Map<string, number>();
  /** The board's last whole state came as of this seq; changes up to it are already in it. */
  private boardSeq = -1;
  private feedPath?: string;
  private feed?: WebSocket;
  private feedTimer?: number;
  private feedPing?: number;
  /** Changes that came before the first whole board: applied once it is here. */
  private early: Array<{ type: string; seq: number; card?: Card; id?: string }> = [];
  private shown = false;

  declare $server: {
    ready(): void;
    toggleZoneLock(zone: string): void;
    vote(id: string, delta: number): void;
    moveCard(id: string, zone: string, x: number, y: number): void;
    openCard(id: string): void;
    requestNewCard(zone: string): void;
  };

  connectedCallback() {
    super.connectedCallback();
    // $server is bound by Flow once the element is attached; ask for the board on the next tick.
    setTimeout(() => this.$server?.ready());
    (window as any).Vaadin?.connectionState?.addStateChangeListener(this.onConnectionState);
  }

  disconnectedCallback() {
    (window as any).Vaadin?.connectionState?.removeStateChangeListener(this.onConnectionState);
    this.stopFeed();
    super.disconnectedCallback();
  }

  /** Hears the board's card changes on the page's feed socket (its path carries this page's ticket). */
  followFeed(path: string) {
    this.stopFeed();
    // a new feed means a board (maybe another one) is on its way: its seqs start afresh
    this.changedAt.clear();
    this.boardSeq = -1;
    this.shown = false;
    this.early = [];
    this.feedPath = path;
    this.connectFeed(false, 1000);
  }

  private connectFeed(again: boolean, delay: number) {
    const path = this.feedPath;
    if (!path) return;
    const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`);
    this.feed = socket;
    let opened = false;
    socket.onmessage = (e) => {
      const message = JSON.parse(e.data);
      if (message.type === 'hello') {
        opened = true;
        // proxies close connections that stay quiet for a minute
        window.clearInterval(this.feedPing);
        this.feedPing = window.setInterval(() => socket.readyState === WebSocket.OPEN && socket.send('ping'), 25000);
        // after a drop, changes may have gone to neither channel: ask for the whole board
        if (again) this.$server?.ready();
      } else {
        this.fromFeed(message);
      }
    };
    socket.onclose = () => {
      if (this.feed !== socket || this.feedPath !== path) return;
      this.feed = undefined;
      window.clearInterval(this.feedPing);
      // the ticket dies with the page: a page left answers 404 and stops here when Vaadin gives it a new one
      const next = opened ? 1000 : Math.min(delay * 2, 15000);
      this.feedTimer = window.setTimeout(() => this.connectFeed(true, next), opened ? 500 : delay);
    };
  }

  private fromFeed(message: { type: string; seq: number; card?: Card; id?: string }) {
    if (!this.shown) {
      this.early.push(message);
    } else if (message.type === 'card') {
      this.upsertCard(message.card!, message.seq);
    } else if (message.type === 'remove') {
      this.removeCard(message.id!, message.seq);
    }
  }

  private stopFeed() {
    window.clearTimeout(this.feedTimer);
    window.clearInterval(this.feedPing);
    const socket = this.feed;
    this.feed = undefined;
    this.feedPath = undefined;
    socket?.close();
  }

  /** Whether a change numbered seq is older than what this canvas has of the card. */
  private stale(id: string, seq?: number) {
    return seq !== undefined && (seq <= this.boardSeq || seq <= (this.changedAt.get(id) ?? -1));
  }

  /**
   * Back after a lost connection: the server stops queueing changes for a page that stays away too long, so the
   * page asks for the whole board again (request round trips go loading -> connected and are not a reconnection).
   */
  private onConnectionState = (previous: string, current: string) => {
    if (current === 'connected' && (previous === 'reconnecting' || previous === 'connection-lost')) {
      this.$server?.ready();
    }
  };

  setBoard(layout: Layout, cards: Card[], labels: Labels, seq?: number) {
    this.layout = layout;
    this.labels = labels;
    const next = new Map(cards.map((c) => [c.id, c]));
    const removed = new Map<string, number>();
    if (seq !== undefined) {
      // what the feed brought after this board was read stays
      for (const [id, at] of this.changedAt) {
        if (at <= seq) {
          this.changedAt.delete(id);
        } else if (this.cards.has(id)) {
          next.set(id, this.cards.get(id)!);
        } else {
          next.delete(id);
          if (this.removed.has(id)) removed.set(id, this.removed.get(id)!);
        }
      }
      this.boardSeq = seq;
    }
    this.removed = removed;
    this.cards = next;
    this.shown = true;
    const early = this.early;
    this.early = [];
    early.forEach((message) => this.fromFeed(message));
  }

  setSession(session: Session) {
    const spotlightChanged = session.spotlight && session.spotlight !== this.session.spotlight;
    this.session = session;
    if (spotlightChanged) {
      // Bring the presented card into everyone's view once it is drawn.
      this.updateComplete.then(() => this.renderRoot.querySelector(`[data-card-id="${CSS.escape(session.spotlight!)}"]`)
        ?.scrollIntoView({ behavior: 'smooth', block: 'center', inline: 'center' }));
    }
  }

  upsertCard(card: Card, seq?: number) {
    const current = this.cards.get(card.id);
    const gone = this.removed.get(card.id);
    if (this.stale(card.id, seq)) return;
    if ((gone !== undefined && card.version <= gone) || (current && current.version > card.version)) return;
    if (seq !== undefined) this.changedAt.set(card.id, seq);
    this.removed.delete(card.id);
    const next = new Map(this.cards);
    next.set(card.id, card);
    this.cards = next;
    if (!current && !card.hidden) {
      this.announce(`${this.labels.newCard} ${this.zoneLabel(card.zone)}: ${card.text}`);
    }
  }

  removeCard(id: string, seq?: number) {
    if (this.stale(id, seq)) return;
    if (seq !== undefined) this.changedAt.set(id, seq);
    this.removed.set(id, Math.max(this.cards.get(id)?.version ?? 0, this.removed.get(id) ?? 0));
    if (!this.cards.has(id)) return;
    const gone = this.cards.get(id)!;
    const next = new Map(this.cards);
    next.delete(id);
    this.cards = next;
    if (!gone.hidden) {
      this.announce(`${this.labels.removedCard} ${this.zoneLabel(gone.zone)}: ${gone.text}`);
    }
  }

  private announce(text: string) {
    this.announcement = text;
  }

  private zoneLabel(zoneId: string) {
    return this.layout.zones.find((z) => z.id === zoneId)?.label ?? zoneId;
  }

  updated() {
    if (this.focusAfterRender) {
      const el = this.renderRoot.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(this.focusAfterRender)}"]`);
      this.focusAfterRender = undefined;
      el?.focus();
    }
  }

  /**
   * Alt + an arrow key moves the focused card to the next zone that way (as laid out on the canvas), where it
   * keeps the focus; the move goes to the server like a drop.
   */
  private moveByKeyboard(e: KeyboardEvent, card: Card) {
    const direction = ({ ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] } as
      Record<string, number[]>)[e.key];
    if (!e.altKey || !direction) return false;
    e.preventDefault();
    if (!this.canDrag(card)) return true;
    const target = this.neighbour(card.zone, direction[0], direction[1]);
    if (!target) return true;
    const taken = [...this.cards.values()].filter((c) => c.zone === target.id).length;
    const x = 0.02 + (taken % 4) * 0.24;
    const y = Math.min(0.03 + Math.floor(taken / 4) * 0.3, 0.7);
    this.focusAfterRender = card.id;
    this.upsertCard({ ...card, zone: target.id, x, y });
    this.$server.moveCard(card.id, target.id, x, y);
    this.announce(`${this.labels.movedTo} ${target.label}`);
    return true;
  }

  /** The zone whose centre lies that way from this one's, the nearest (straight ahead counts more than aside). */
  private neighbour(zoneId: string, dx: number, dy: number): Zone | undefined {
    const centre = (a: Area) => [a.col + a.colSpan / 2, a.row + a.rowSpan / 2];
    const from = this.layout.zones.find((z) => z.id === zoneId);
    if (!from) return undefined;
    const [fx, fy] = centre(from.area);
    let best: Zone | undefined;
    let bestScore = Infinity;
    for (const zone of this.layout.zones) {
      const [x, y] = centre(zone.area);
      const ahead = (x - fx) * dx + (y - fy) * dy;
      if (zone.id === zoneId || ahead <= 0) continue;
      const aside = Math.abs((x - fx) * dy) + Math.abs((y - fy) * dx);
      const score = ahead + 2 * aside;
      if (score < bestScore) {
        bestScore = score;
        best = zone;
      }
    }
    return best;
  }

  static styles = css`
    :host { display: flex; flex-direction: column; position: relative; width: 100%; height: 100%; min-height: 480px; }
    .toolbar { display: flex; justify-content: flex-end; padding: 0 10px; }
    .canvas { display: grid; gap: 10px; width: 100%; flex: 1; min-height: 0; box-sizing: border-box; padding: 10px; }
    .group { border: 2px solid var(--lumo-contrast-30pct, #bbb); pointer-events: none; position: relative; }
    .group.square { border-radius: 6px; }
    .group.circle { border-radius: 38%; }
    .group-label { position: absolute; top: -0.8em; left: 1em; padding: 0 0.4em; font-weight: 600; font-size: 0.8rem;
      background: var(--lumo-base-color, #fff); color: var(--lumo-secondary-text-color, #555); }
    .zone { position: relative; display: flex; flex-direction: column; min-height: 160px; z-index: 1;
      border-radius: 6px; background: var(--lumo-contrast-5pct, #f4f5f7); overflow: hidden; }
    .zone.in-group { margin: 14px; }
    .zone.drop-target { outline: 3px dashed var(--lumo-primary-color, #1676f3); }
    header { display: flex; align-items: center; gap: 6px; padding: 6px 8px; }
    h3 { margin: 0; font-size: 0.95rem; flex: 1; }
    /* Observers: the board is shown, not offered for editing (the server refuses changes anyway). */
    :host([readonly]) .add { display: none; }
    :host([readonly]) .card { cursor: pointer; }
    .lock-zone { display: none; border: none; background: none; cursor: pointer; font-size: 1rem; padding: 0 4px; }
    :host([facilitator]) .lock-zone { display: inline-block; }
    .lock { font-size: 0.8rem; }
    .card.team-mine { z-index: 3; box-shadow: 0 0 0 3px var(--lumo-primary-color, #1676f3), 0 2px 6px rgba(0,0,0,0.2); }
    .card.team-other { opacity: 0.6; }
    .team { display: block; margin-top: 4px; font-size: 0.7rem; font-weight: 600; }
    .thumb { display: block; width: 100%; max-height: 120px; object-fit: cover; border-radius: 3px; margin-bottom: 4px;
      pointer-events: none; }
    vaadin-icon { width: 0.9em; height: 0.9em; vertical-align: -0.1em; }
    .zone.locked { background: var(--lumo-contrast-10pct, #e6e8ec); }
    .card.locked { cursor: default; }
    .votes { display: flex; align-items: center; gap: 4px; margin-top: 6px; font-size: 0.75rem; }
    .total { font-weight: 700; }
    .dot-btn { width: 22px; height: 22px; border-radius: 50%; border: 1px solid rgba(0,0,0,0.3);
      background: rgba(255,255,255,0.7); cursor: pointer; font-size: 0.8rem; line-height: 1; padding: 0; }
    .mine { color: var(--lumo-primary-text-color, #1676f3); font-weight: 600; }
    .card.agreed { outline: 3px solid #2e7d32; }
    .card.set-aside { opacity: 0.55; }
    .card.spotlight { z-index: 5; transform: scale(1.25); box-shadow: 0 0 0 4px #ffb300, 0 8px 24px rgba(0,0,0,0.35); }
    .card.hidden { background: repeating-linear-gradient(45deg, #eceff3, #eceff3 6px, #e2e6eb 6px, #e2e6eb 12px);
      color: #667; font-style: italic; }
    .status { display: block; margin-bottom: 4px; font-size: 0.7rem; font-weight: 700; text-transform: uppercase; }
    .card.agreed .status { color: #2e7d32; }
    .add { border: none; border-radius: 50%; width: 28px; height: 28px; cursor: pointer; font-size: 1.1rem;
      background: var(--lumo-primary-color, #1676f3); color: #fff; }
    .body { position: relative; flex: 1; }
    .hint { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
      padding: 1em; text-align: center; color: var(--lumo-secondary-text-color, #777); font-style: italic; pointer-events: none; }
    .card { position: absolute; width: 132px; min-height: 64px; max-height: 132px; overflow: hidden; box-sizing: border-box;
      padding: 8px; border-radius: 3px; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); cursor: grab; touch-action: none;
      user-select: none; font-size: 0.85rem; line-height: 1.25; white-space: pre-wrap; overflow-wrap: anywhere; color: #222; }
    .card:focus-visible { outline: 3px solid var(--lumo-primary-color, #1676f3); }
    .card.dragging { cursor: grabbing; z-index: 10; box-shadow: 0 6px 16px rgba(0, 0, 0, 0.35); }
    .card .author { display: block; margin-top: 4px; font-size: 0.7rem; color: #555; }
    .card .card-group { display: block; margin-top: 4px; font-size: 0.7rem; font-weight: 600; color: #4a3b8f; }
    .card .badge { display: inline-block; margin-top: 4px; font-size: 0.7rem; padding: 0 4px; border-radius: 3px; background: rgba(0,0,0,0.08); }
    /* Phones: one zone under the other, full width; the canvas' frames would only get in the way. */
    @media (max-width: 700px) {
      .canvas { display: flex; flex-direction: column; }
      .group { display: none; }
      .zone, .zone.in-group { margin: 0; min-height: 220px; }
    }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .list { flex: 1; overflow: auto; padding: 10px; }
    .list section { margin-bottom: 1em; }
    .list h3 { font-size: 1.05rem; margin: 0.5em 0; }
    .list ul { margin: 0; padding-left: 1.2em; }
    .list li { margin: 0.35em 0; }
    .list li button { margin-left: 0.4em; }
    .yellow { background: #fff3a0; } .pink { background: #ffc8dd; } .blue { background: #bde0fe; }
    .green { background: #c7f0c2; } .orange { background: #ffd6a5; } .purple { background: #dcc8ff; }
  `;

  render() {
    const { columns, rows, zones, groups } = this.layout;
    return html`
      <div class="toolbar"><button class="view-switch" aria-pressed=${this.listMode ? 'true' : 'false'}
        @click=${() => (this.listMode = !this.listMode)}>${this.labels.listView}</button></div>
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
      ${this.listMode ? this.renderList() : html`
      <p class="sr-only">${this.labels.moveHint}</p>
      <div class="canvas" style="grid-template-columns: repeat(${columns}, 1fr); grid-template-rows: repeat(${rows}, minmax(180px, 1fr));">
        ${groups.map((g) => html`
          <div class="group ${g.shape}" style=${this.areaStyle(g.area)}><span class="group-label">${g.label}</span></div>`)}
        ${zones.map((z) => this.renderZone(z))}
      </div>`}`;
  }

  /** The board as a document: each zone a heading and its cards a list, with what a card says beside its text. */
  private renderList() {
    return html`<div class="list">${this.layout.zones.map((zone) => {
      const cards = [...this.cards.values()].filter((c) => c.zone === zone.id);
      return html`<section data-zone-id=${zone.id}>
        <h3>${zone.label}</h3>
        <button class="add" aria-label=${`${this.labels.add} — ${zone.label}`} title=${this.labels.add}
          @click=${() => this.$server.requestNewCard(zone.id)}>+</button>
        ${cards.length === 0 ? html`<p>${this.labels.noCards}</p>` : html`<ul>${repeat(cards, (c) => c.id, (c) => html`
          <li data-card-id=${c.id}>
            <button class="open" @click=${() => this.$server.openCard(c.id)}>${c.hidden ? this.labels.privateCard : c.text}</button>
            ${c.author ? html`<span> — ${c.author}</span>` : nothing}
            ${c.status ? html`<span> — ${c.status === 'agreed' ? this.labels.agreed : this.labels.setAside}</span>` : nothing}
            ${c.locked ? html`<span> — ${this.labels.locked}</span>` : nothing}
            ${c.votes !== undefined ? html`<span> — ${this.labels.votes} ${c.votes}</span>` : nothing}
            ${this.renderVotes(c)}
          </li>`)}</ul>`}
      </section>`;
    })}</div>`;
  }

  private areaStyle(a: Area) {
    return `grid-column: ${a.col} / span ${a.colSpan}; grid-row: ${a.row} / span ${a.rowSpan};`;
  }

  private renderZone(zone: Zone) {
    const cards = [...this.cards.values()].filter((c) => c.zone === zone.id);
    const locked = this.session.lockedZones.includes(zone.id);
    return html`
      <section class="zone ${zone.group ? 'in-group' : ''} ${locked ? 'locked' : ''}" data-zone-id=${zone.id}
        data-locked=${locked ? 'true' : 'false'} style=${this.areaStyle(zone.area)}>
        <header>
          <h3>${zone.label}</h3>
          ${locked ? html`<vaadin-icon class="lock" icon="vaadin:lock" role="img" title=${this.labels.locked} aria-label=${this.labels.locked}></vaadin-icon>` : nothing}
          <button class="lock-zone" title=${locked ? this.labels.unlockZone : this.labels.lockZone}
            aria-label=${`${locked ? this.labels.unlockZone : this.labels.lockZone} — ${zone.label}`}
            @click=${() => this.$server.toggleZoneLock(zone.id)}><vaadin-icon icon=${locked ? 'vaadin:unlock' : 'vaadin:lock'} aria-hidden="true"></vaadin-icon></button>
          <button class="add" title=${this.labels.add} aria-label=${`${this.labels.add} — ${zone.label}`}
            @click=${() => this.$server.requestNewCard(zone.id)}>+</button>
        </header>
        <div class="body">
          ${cards.length === 0 ? html`<div class="hint">${zone.hint}</div>` : nothing}
          ${repeat(cards, (c) => c.id, (c) => this.renderCard(c))}
        </div>
      </section>`;
  }

  private renderCard(card: Card) {
    const dragging = this.drag?.id === card.id && this.drag.moved;
    const position = dragging
      ? `position: fixed; left: ${this.drag!.left}px; top: ${this.drag!.top}px;`
      : `left: ${(card.x * 100).toFixed(3)}%; top: ${(card.y * 100).toFixed(3)}%;`;
    return html`
      <div class="card ${card.hidden ? 'hidden' : card.color} ${dragging ? 'dragging' : ''} ${card.locked ? 'locked' : ''} ${card.status ?? ''} ${this.session.spotlight === card.id ? 'spotlight' : ''} ${this.teamClass(card)}"
        data-card-id=${card.id} data-locked=${card.locked ? 'true' : 'false'} data-status=${card.status ?? ''}
        tabindex="0" role="button"
        aria-label=${`${this.labels.openCard}: ${card.text}`} style=${position}
        @pointerdown=${(e: PointerEvent) => this.onPointerDown(e, card)}
        @pointermove=${(e: PointerEvent) => this.onPointerMove(e)}
        @pointerup=${(e: PointerEvent) => this.onPointerUp(e)}
        @pointercancel=${() => (this.drag = undefined)}
        @keydown=${(e: KeyboardEvent) => { if (this.moveByKeyboard(e, card)) return; if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); this.$server.openCard(card.id); } }}
      >${card.status ? html`<span class="status">${card.status === 'agreed' ? html`<vaadin-icon icon="vaadin:check" aria-hidden="true"></vaadin-icon> ${this.labels.agreed}` : this.labels.setAside}</span>` : nothing}${card.locked ? html`<vaadin-icon class="lock" icon="vaadin:lock" role="img" title=${this.labels.locked} aria-label=${this.labels.locked}></vaadin-icon> ` : nothing}${card.thumb && !card.hidden ? html`<img class="thumb" src=${card.thumb} alt="" loading="lazy" draggable="false">` : nothing}<span class="text">${card.hidden ? this.labels.privateCard : card.text}</span>${card.fieldCount ? html`<span class="badge" title=${this.labels.fieldsBadge}>+${card.fieldCount}</span>` : nothing}${card.images && card.images > 1 ? html`<span class="badge images" title=${this.labels.images}><vaadin-icon icon="vaadin:picture" role="img" aria-label=${this.labels.images}></vaadin-icon> ${card.images}</span>` : nothing}${card.comments ? html`<span class="badge comments" title=${this.labels.comments}><vaadin-icon icon="vaadin:comment" role="img" aria-label=${this.labels.comments}></vaadin-icon> ${card.comments}</span>` : nothing}${card.plusOnes ? html`<span class="badge plus-ones" title=${this.labels.plusOnes}>+${card.plusOnes}</span>` : nothing}${card.evidence ? html`<span class="badge evidence" title=${this.labels.evidence}><vaadin-icon icon="vaadin:link" role="img" aria-label=${this.labels.evidence}></vaadin-icon> ${card.evidence}</span>` : nothing}${card.group ? html`<span class="card-group" title=${this.labels.group}><vaadin-icon icon="vaadin:diamond" role="img" aria-label=${this.labels.group}></vaadin-icon> ${card.group}</span>` : nothing}${card.team && this.session.groups?.[card.team] ? html`<span class="team"><vaadin-icon icon="vaadin:users" aria-hidden="true"></vaadin-icon> ${this.session.groups[card.team]}</span>` : nothing}${card.author ? html`<span class="author">${card.author}</span>` : nothing}${this.renderVotes(card)}</div>`;
  }

  /** In breakout groups, a group's own cards stand out and come first; the others stay visible, quieter. */
  private teamClass(card: Card) {
    const mine = this.session.myGroup;
    if (!mine) return '';
    return card.team === mine ? 'team-mine' : 'team-other';
  }

  /** The dots: the total when it may be shown, and this person's own dots with +/- while the vote is open. */
  private renderVotes(card: Card) {
    const open = !!this.session.voteOpen && this.hasAttribute('voter');
    const mine = this.session.myVotes?.[card.id] ?? 0;
    if (card.votes === undefined && !open) return nothing;
    const stop = (e: Event) => e.stopPropagation();
    return html`<span class="votes" @pointerdown=${stop} @pointerup=${stop}>
      ${card.votes !== undefined ? html`<span class="total" title=${this.labels.votes}>● ${card.votes}</span>` : nothing}
      ${open ? html`
        <button class="dot-btn vote-down" title=${this.labels.unvote} aria-label=${this.labels.unvote} ?disabled=${mine === 0}
          @click=${(e: Event) => { e.stopPropagation(); this.$server.vote(card.id, -1); }}>−</button>
        <span class="mine" title=${this.labels.myVotes}>${mine}</span>
        <button class="dot-btn vote-up" title=${this.labels.vote} aria-label=${this.labels.vote}
          @click=${(e: Event) => { e.stopPropagation(); this.$server.vote(card.id, 1); }}>+</button>` : nothing}
    </span>`;
  }

  private onPointerDown(e: PointerEvent, card: Card) {
    if (e.button !== 0) return;
    const el = e.currentTarget as HTMLElement;
    const rect = el.getBoundingClientRect();
    el.setPointerCapture(e.pointerId);
    this.drag = {
      id: card.id, pointerId: e.pointerId, startX: e.clientX, startY: e.clientY,
      offsetX: e.clientX - rect.left, offsetY: e.clientY - rect.top, moved: false, left: rect.left, top: rect.top,
    };
  }

  /** Whether this person may drag the card (the server decides anyway; this only spares a refused drop). */
  private canDrag(card: Card | undefined) {
    if (!card || this.hasAttribute('readonly')) return false;
    if (this.hasAttribute('facilitator')) return true;
    return !card.locked && !this.session.locked && !this.session.lockedZones.includes(card.zone);
  }

  private onPointerMove(e: PointerEvent) {
    const d = this.drag;
    if (!d || d.pointerId !== e.pointerId || !this.canDrag(this.cards.get(d.id))) return;
    const moved = d.moved || Math.hypot(e.clientX - d.startX, e.clientY - d.startY) > DRAG_THRESHOLD_PX;
    this.drag = { ...d, moved, left: e.clientX - d.offsetX, top: e.clientY - d.offsetY };
    this.highlightDropZone(moved ? this.zoneAt(e.clientX, e.clientY) : undefined);
  }

  private onPointerUp(e: PointerEvent) {
    const d = this.drag;
    if (!d || d.pointerId !== e.pointerId) return;
    this.drag = undefined;
    this.highlightDropZone(undefined);
    const card = this.cards.get(d.id);
    if (!card) return;
    if (!d.moved) {
      this.$server.openCard(d.id);
      return;
    }
    const zoneEl = this.zoneAt(e.clientX, e.clientY);
    if (!zoneEl) return; // dropped outside every zone: the card snaps back
    const body = zoneEl.querySelector('.body') as HTMLElement;
    const r = body.getBoundingClientRect();
    const cardEl = this.renderRoot.querySelector(`[data-card-id="${CSS.escape(d.id)}"]`) as HTMLElement | null;
    const w = cardEl?.offsetWidth ?? 132;
    const h = cardEl?.offsetHeight ?? 64;
    const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), Math.max(max, 0));
    const x = clamp((e.clientX - d.offsetX - r.left) / r.width, 1 - w / r.width);
    const y = clamp((e.clientY - d.offsetY - r.top) / r.height, 1 - h / r.height);
    const zone = zoneEl.dataset.zoneId!;
    this.upsertCard({ ...card, zone, x, y });
    this.$server.moveCard(d.id, zone, x, y);
  }

  private zoneAt(clientX: number, clientY: number): HTMLElement | undefined {
    const zones = this.renderRoot.querySelectorAll<HTMLElement>('section.zone');
    for (const z of zones) {
      const r = z.getBoundingClientRect();
      if (clientX >= r.left && clientX <= r.right && clientY >= r.top && clientY <= r.bottom) return z;
    }
    return undefined;
  }

  private highlightDropZone(zone: HTMLElement | undefined) {
    this.renderRoot.querySelectorAll('section.zone.drop-target').forEach((z) => z.classList.remove('drop-target'));
    zone?.classList.add('drop-target');
  }
}

declare global {
  interface HTMLElementTagNameMap { 'atelier-board': AtelierBoard }
}
