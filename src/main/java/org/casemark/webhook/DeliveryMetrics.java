package org.casemark.webhook;

import java.time.Duration;

/** What the workers report, for the adapter that exposes metrics. */
public interface DeliveryMetrics {
    /**
     * One delivery attempt: {@code result} is {@code delivered}, {@code retry}, {@code failed} or {@code gone},
     * {@code status} the receiver's status (null when none came), {@code took} the attempt's time.
     */
    void attempt(String result, Integer status, Duration took);

    /** A delivery reached the receiver {@code lag} after its grade was stored. */
    void delivered(Duration lag);

    /** A submission was graded {@code lag} after it was received. */
    void graded(Duration lag);

    DeliveryMetrics NONE = new DeliveryMetrics() {
        @Override
        public void attempt(String result, Integer status, Duration took) {
        }

        @Override
        public void delivered(Duration lag) {
        }

        @Override
        public void graded(Duration lag) {
        }
    };
}
