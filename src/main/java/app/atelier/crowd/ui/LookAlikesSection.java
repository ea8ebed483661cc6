package app.atelier.crowd.ui;

import app.atelier.board.Card;
import app.atelier.board.ui.CardSheetSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** In a card's sheet, for facilitators of a crowd: the cards that look like it (a theme, or duplicates to merge). */
class LookAlikesSection extends VerticalLayout implements CardSheetSection {
    final UnorderedList list = new UnorderedList();

    LookAlikesSection(List<Card> lookAlikes) {
        setPadding(false);
        list.setId("card-look-alikes");
        lookAlikes.forEach(card -> list.add(new ListItem(card.getText()))); // their words, as text
        add(new H4(getTranslation("crowd.lookAlikes", lookAlikes.size())), list);
    }

    @Override
    public Component component() {
        return this;
    }
}
