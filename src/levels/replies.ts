// What visitors say back at our booth, written for this game in English and Dutch: the line a
// visitor opens with when they remember us, and their reply to what we did. A level may write
// its own under `people.replies`; these are the lines every level gets when it does not.
type Lines = { en: string[]; nl: string[] };

export interface Replies {
  remember: { proposal: Lines; pitched: Lines; talked: Lines; loyal: Lines };
  after: { signed: Lines; refused: Lines; declined: Lines; heard: Lines; brochure: Lines };
  mood: { tight: Lines; open: Lines };
}

export const DEFAULT_REPLIES: Replies = {
  remember: {
    proposal: {
      en: [
        'The proposal you sent after last year’s fair actually fit. That doesn’t happen often.',
        'You wrote to us after the fair, and it was about our problem, not your catalogue.',
        'Your follow-up last year saved us a lot of trouble. I wanted to say that.',
      ],
      nl: [
        'Het voorstel dat u na de beurs van vorig jaar stuurde, paste echt. Dat maak ik niet vaak mee.',
        'U schreef ons na de beurs, en het ging over ons probleem, niet over uw catalogus.',
        'Uw voorstel van vorig jaar heeft ons een hoop gedoe bespaard. Dat wilde ik even kwijt.',
      ],
    },
    pitched: {
      en: [
        'You again. Your colleague talked at me for ten minutes last time.',
        'Are you going to sell me something? Because last time…',
        'I remember your stand. I kept walking.',
      ],
      nl: [
        'U weer. Uw collega heeft de vorige keer tien minuten op me ingepraat.',
        'Gaat u me iets verkopen? Want de vorige keer…',
        'Ik ken uw stand nog. Ik ben toen doorgelopen.',
      ],
    },
    talked: {
      en: [
        'We spoke last year, didn’t we? You wrote it all down.',
        'Ah, the people who listen. Good to see you again.',
        'Last year you asked what went wrong. A lot has happened since.',
      ],
      nl: [
        'We hebben elkaar vorig jaar gesproken, toch? U schreef alles op.',
        'Ah, de mensen die luisteren. Fijn u weer te zien.',
        'Vorig jaar vroeg u wat er misging. Er is sindsdien veel gebeurd.',
      ],
    },
    loyal: {
      en: [
        'We’ve bought from you for years. Mostly happy.',
        'Our machines come from you, you know. Most days they behave.',
        'We’re customers of yours. I thought I’d come and say hello.',
      ],
      nl: [
        'We kopen al jaren bij u. Meestal tevreden.',
        'Onze machines komen van u, weet u. Meestal gedragen ze zich.',
        'We zijn klant bij u. Ik dacht: ik kom even gedag zeggen.',
      ],
    },
  },
  after: {
    signed: {
      en: [
        'Good. That’s what I came for. Send me the paperwork.',
        'Fine, we have a deal. Can you deliver before the end of the month?',
        'That’s the price I had in mind. Where do I sign?',
      ],
      nl: [
        'Mooi. Daar kwam ik voor. Stuurt u de papieren maar.',
        'Goed, we zijn eruit. Kunt u vóór het eind van de maand leveren?',
        'Dat is de prijs die ik in gedachten had. Waar moet ik tekenen?',
      ],
    },
    refused: {
      en: [
        'I didn’t come here to be sold to.',
        'Not today. And not like this.',
        'Let me think about it. Somewhere else.',
      ],
      nl: [
        'Ik kom hier niet om iets aangesmeerd te krijgen.',
        'Vandaag niet. En zo al helemaal niet.',
        'Ik denk er nog even over na. Ergens anders.',
      ],
    },
    declined: {
      en: [
        'Not this year, I think. But thank you.',
        'Nice machine. Not for us right now.',
        'I’ll keep it in mind.',
      ],
      nl: [
        'Dit jaar niet, denk ik. Maar dank u.',
        'Mooie machine. Voor ons nu even niet.',
        'Ik zal eraan denken.',
      ],
    },
    heard: {
      en: [
        'Nobody ever asks us that. Have you got a minute? It’s a long story.',
        'Thank you for listening. I’ll tell my colleagues you’re different.',
        'If you ever come up with something for that, call me.',
      ],
      nl: [
        'Dat vraagt nooit iemand. Heeft u even? Het is een lang verhaal.',
        'Fijn dat u luistert. Ik zal mijn collega’s vertellen dat u anders bent.',
        'Als u daar ooit iets voor vindt, belt u me dan.',
      ],
    },
    brochure: {
      en: [
        'I’ll add it to the pile.',
        'Thanks. My bag is full of these already.',
        'I’ll have a look on the train.',
      ],
      nl: [
        'Die leg ik bij de stapel.',
        'Dank u. Mijn tas zit er al vol mee.',
        'Ik kijk er in de trein wel even naar.',
      ],
    },
  },
  mood: {
    tight: {
      en: [
        'Mind you, every euro needs two signatures this year.',
        'Our budget for this was cut in January. We’re making do.',
        'Finance has asked us to wait and see. So we look, and wait.',
      ],
      nl: [
        'Al moet er dit jaar onder elke euro twee handtekeningen staan.',
        'Ons budget hiervoor is in januari gekort. We behelpen ons.',
        'Financiën wil dat we het even aankijken. Dus we kijken, en wachten.',
      ],
    },
    open: {
      en: [
        'And for once there is money. It has to be spent before the summer.',
        'We had a good year. The board said: fix what slows us down.',
        'We’ve grown by a third. Everything we have is too small now.',
      ],
      nl: [
        'En voor één keer is er geld. Het moet vóór de zomer op.',
        'We hebben een goed jaar gehad. De directie zei: los op wat ons ophoudt.',
        'We zijn met een derde gegroeid. Alles wat we hebben is nu te klein.',
      ],
    },
  },
};
