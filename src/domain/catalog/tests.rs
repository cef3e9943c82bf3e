use super::*;

#[test]
fn version_keys_order_like_people_do() {
    assert!(version_key("2.9") < version_key("2.16"));
    assert!(version_key("cu118") < version_key("cu129"));
    assert_eq!(version_key("Ubuntu 24.04"), [24, 4, 0, 0]);
    assert_eq!(version_key("cpu"), [0; 4]);
    assert_eq!(version_key("1.2.3.4.5"), [1, 2, 3, 4]);
}

#[test]
fn framework_slugs_round_trip() {
    for framework in Framework::ALL {
        assert_eq!(Framework::from_slug(framework.slug()), Some(framework));
    }
    for product in Product::ALL {
        assert_eq!(Product::from_slug(product.slug()), Some(product));
    }
    assert_eq!(Framework::from_slug("TensorFlow"), None);
    assert_eq!(Framework::from_slug("jax"), None);
}
