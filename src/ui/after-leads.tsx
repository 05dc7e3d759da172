// The weeks after: our leads — how many proposals are left this week and what they cost
// against the cap, the open leads with "Send a proposal" (the first ones, or all), and the
// leads already sent or gone cold in folded groups. Sending one moves the focus on to the next
// lead with a button to press, or to the capacity line. Preact components for src/ui/after.tsx.
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { money } from '../i18n/format';
import type { Game, Lead } from '../sim';
import { leadWeeksLeft } from '../view';
import { canPropose, capacityOf, leadGroups } from '../view/after';
import type { T, Ui } from './context';
import { accountName, leadQualityKey, leadStatusText } from './text';
import { useUi } from './ui-context';

/** Open leads listed before "Show all": at least a week's worth of proposals. */
const LEADS_SHOWN = 6;

/** A refusal's words for the panel's alert line; '' clears it. */
export type OnError = (text: string) => void;

interface LeadsProps {
  game: Game;
  bot: boolean;
  onError: OnError;
}

export function Leads({ game, bot, onError }: LeadsProps) {
  const ui = useUi();
  const { t } = ui;
  const [showAll, setShowAll] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const capacityLine = useRef<HTMLParagraphElement>(null);
  useFocusMovesOn(leadsKey(game), list, capacityLine);
  const cap = capacityOf(game);
  const { all, open } = leadGroups(game);
  const shown = showAll ? open : open.slice(0, Math.max(LEADS_SHOWN, cap.max));
  const canSend = !bot && canPropose(game);
  return (
    <section class="after-leads" aria-labelledby="after-leads-title">
      <h3 id="after-leads-title" class="section-title">
        {t('after.leads')}{' '}
        <span class="count">
          {all.length ? t('after.leadsCount', { open: open.length, n: all.length }) : null}
        </span>
      </h3>
      <p class="capacity" tabIndex={-1} ref={capacityLine}>
        {t('after.capacity', { left: cap.left, max: cap.max })}
      </p>
      <p class="hint">{spendLine(ui, game)}</p>
      <ul class="lead-list" aria-labelledby="after-leads-title" ref={list}>
        {!all.length ? (
          <li class="hint">{t('after.noLeads')}</li>
        ) : !open.length ? (
          <li class="hint">{t('after.noOpenLeads')}</li>
        ) : null}
        {shown.map((l) => (
          <LeadItem key={l.id} game={game} lead={l} canSend={canSend} onError={onError} />
        ))}
      </ul>
      <ClosedLeads game={game} more={open.length - shown.length} showAll={showAll} onShowAll={setShowAll} />
    </section>
  );
}

/** What the leads' list is drawn from: when it changes, the focus on a lead moves on. */
export function leadsKey(game: Game): string {
  const cap = capacityOf(game);
  const statuses = leadGroups(game)
    .all.map((l) => l.status[0])
    .join('');
  return `${game.state.week}|${cap.left}|${cap.spent}|${game.state.fired ? 1 : 0}|${statuses}`;
}

/** What proposals cost so far, what the weeks to come already take, and the room under the cap. */
export function spendLine({ t, lang }: Pick<Ui, 't' | 'lang'>, game: Game): string {
  const cap = capacityOf(game);
  const spend = t('after.spend', {
    spent: money(cap.spent, lang),
    toCome: money(cap.toCome, lang),
    cap: money(cap.cap, lang),
    room: cap.room,
    cost: money(game.level.model.proposalCost, lang),
  });
  return cap.fitsCap ? spend : `${spend} ${t('after.overCap')}`;
}

/** The index of the open lead whose item holds the focus, or -1. */
function focusedLead(list: HTMLElement | null): number {
  const items = Array.from(list?.querySelectorAll('[data-lead]') ?? []);
  return items.findIndex((item) => item.contains(document.activeElement));
}

/**
 * When the leads change (a proposal sent, a week played, the cap reached) while the focus is on
 * an open lead, it moves to the first lead from that place on with a button still to press, or
 * to the capacity line. The index is read while rendering, before the list changes.
 */
function useFocusMovesOn(key: string, list: RefObject<HTMLElement>, fallback: RefObject<HTMLElement>) {
  const seen = useRef({ key, index: -1 });
  if (seen.current.key !== key) seen.current = { key, index: focusedLead(list.current) };
  useLayoutEffect(() => {
    const { index } = seen.current;
    if (index < 0) return;
    seen.current.index = -1;
    const items = Array.from(list.current?.querySelectorAll<HTMLElement>('[data-lead]') ?? []);
    const next = items
      .slice(index)
      .map((i) => i.querySelector<HTMLButtonElement>('button:not([disabled])'))
      .find((b) => b);
    (next ?? fallback.current)?.focus();
  }, [key, list, fallback]);
}

interface LeadItemProps {
  game: Game;
  lead: Lead;
  canSend: boolean;
  onError?: OnError;
}

function LeadItem({ game, lead, canSend, onError }: LeadItemProps) {
  const { t, lang } = useUi();
  const L = game.level;
  const who = accountName(L, game.state, lead.account);
  const need = lead.heard >= 0 ? L.needs[lead.heard] : undefined;
  return (
    <li class={`lead status-${lead.status}`} data-lead={String(lead.id)}>
      <div class="lead-who">
        <strong>{who.name}</strong> <span>{who.company}</span>
      </div>
      <p class="lead-heard">
        {need ? t('after.heard', { learned: need.learned[lang] }) : t('after.heardNothing')}
      </p>
      <div class="lead-foot">
        <p class="lead-meta">
          <span class={`status-chip chip-${lead.status}`}>{leadStatusText(t, lead.status)}</span>
          {` ${leadMeta(t, game, lead)}`}
        </p>
        {lead.status === 'open' ? (
          <SendButton lead={lead} name={who.name} enabled={canSend} onError={onError} />
        ) : null}
      </div>
    </li>
  );
}

/** When we met, how good the conversation was, and (while open) how long the lead stays warm. */
export function leadMeta(t: T, game: Game, lead: Lead): string {
  const left = leadWeeksLeft(game.level, game.state.week);
  const meta: string[] = [t('lead.met', { day: lead.day + 1 }), t(leadQualityKey(lead.quality))];
  if (lead.status === 'open')
    meta.push(left <= 1 ? t('after.lastChance') : t('after.weeksLeft', { n: left }));
  return meta.join(' · ');
}

interface SendProps {
  lead: Lead;
  name: string;
  enabled: boolean;
  onError?: OnError | undefined;
}

function SendButton({ lead, name, enabled, onError }: SendProps) {
  const { t, store } = useUi();
  const send = () => {
    const res = store.getState().dispatch({ type: 'followUp', lead: lead.id });
    onError?.(res.ok ? '' : t(`error.${res.error}`));
  };
  return (
    <button
      class="btn btn-small"
      type="button"
      disabled={!enabled}
      aria-label={t('after.sendTo', { name })}
      onClick={send}
    >
      {t('after.send')}
    </button>
  );
}

interface ClosedProps {
  game: Game;
  /** Open leads not listed. */
  more: number;
  showAll: boolean;
  onShowAll(all: boolean): void;
}

type Group = 'sent' | 'cold';

/** "Show all" (or fewer), then the leads sent and the leads gone cold, folded. */
function ClosedLeads({ game, more, showAll, onShowAll }: ClosedProps) {
  const { t } = useUi();
  const [unfolded, setUnfolded] = useState<Record<Group, boolean>>({ sent: false, cold: false });
  const { open, sent, cold } = leadGroups(game);
  const fold = (group: Group) => (isOpen: boolean) =>
    setUnfolded((u) => (u[group] === isOpen ? u : { ...u, [group]: isOpen }));
  return (
    <div>
      {more > 0 || showAll ? (
        <button
          key="more"
          class="btn btn-small btn-quiet"
          type="button"
          aria-expanded={showAll}
          onClick={() => onShowAll(!showAll)}
        >
          {showAll ? t('after.showFewer') : t('after.showAll', { n: open.length })}
        </button>
      ) : null}
      <LeadGroup
        key="sent"
        game={game}
        title={t('after.sent', { n: sent.length })}
        leads={sent}
        open={unfolded.sent}
        onToggle={fold('sent')}
      />
      <LeadGroup
        key="cold"
        game={game}
        title={t('after.closed', { n: cold.length })}
        leads={cold}
        open={unfolded.cold}
        onToggle={fold('cold')}
      />
    </div>
  );
}

interface GroupProps {
  game: Game;
  title: string;
  leads: readonly Lead[];
  open: boolean;
  onToggle(open: boolean): void;
}

function LeadGroup({ game, title, leads, open, onToggle }: GroupProps) {
  if (!leads.length) return null;
  return (
    <details
      class="closed-leads"
      open={open}
      onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{title}</summary>
      <ul class="lead-list">
        {leads.map((l) => (
          <LeadItem key={l.id} game={game} lead={l} canSend={false} />
        ))}
      </ul>
    </details>
  );
}
