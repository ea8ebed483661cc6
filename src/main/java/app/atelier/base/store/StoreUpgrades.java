package app.atelier.base.store;

import app.atelier.base.InstallationRestored;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Applies every {@link StoreUpgrade} before the node serves requests, and after a restore. */
@Component
class StoreUpgrades implements SmartInitializingSingleton {
    private final List<StoreUpgrade> upgrades;

    StoreUpgrades(List<StoreUpgrade> upgrades) {
        this.upgrades = upgrades;
    }

    @Override
    public void afterSingletonsInstantiated() {
        upgrades.forEach(StoreUpgrade::apply);
    }

    @EventListener
    void restored(InstallationRestored restored) {
        upgrades.forEach(StoreUpgrade::apply);
    }
}
