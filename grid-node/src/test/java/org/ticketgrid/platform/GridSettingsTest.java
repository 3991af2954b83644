package org.ticketgrid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GridSettingsTest {

    @Test
    void defaultsAreLocal() {
        GridSettings settings = GridSettings.from(name -> null);
        assertThat(settings.clusterName()).isEqualTo("ticketgrid");
        assertThat(settings.members()).containsExactly("127.0.0.1");
        assertThat(settings.port()).isEqualTo(5701);
        assertThat(settings.minClusterSize()).isEqualTo(1);
    }

    @Test
    void environmentOverrides() {
        Map<String, String> env = Map.of("TICKETGRID_GRID_MEMBERS", "10.0.0.1, 10.0.0.2,",
                "TICKETGRID_GRID_MIN_CLUSTER_SIZE", "2", "TICKETGRID_GRID_CLUSTER_NAME", "prod");
        GridSettings settings = GridSettings.from(env::get);
        assertThat(settings.members()).containsExactly("10.0.0.1", "10.0.0.2");
        assertThat(settings.minClusterSize()).isEqualTo(2);
        assertThat(settings.clusterName()).isEqualTo("prod");
    }
}
